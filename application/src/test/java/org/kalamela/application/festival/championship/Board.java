package org.kalamela.application.festival.championship;

import java.util.List;
import org.kalamela.application.festival.fakes.InMemoryPublishedResults;
import org.kalamela.application.festival.query.ScoredEntryRow;
import org.kalamela.application.shared.fakes.ManualChangeSignals;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/** The public result use cases over one in-memory edition, with three units in two districts. */
final class Board {

    /** A unit with its district. */
    record Unit(long id, String name, long districtId, String districtName) {
    }

    static final EditionYear EDITION = EditionYear.of(2026);
    static final Unit BETHEL = new Unit(11, "Bethel", 1, "Kottayam");
    static final Unit ZION = new Unit(12, "Zion", 1, "Kottayam");
    static final Unit CARMEL = new Unit(21, "Carmel", 2, "Thrissur");

    static final Actor ADMIN = new Actor(AccountId.of(1), "admin", Role.ADMIN, null, null);
    static final Actor OFFICIAL = new Actor(AccountId.of(2), "official", Role.DISTRICT_OFFICIAL, DistrictId.of(1),
            null);

    final InMemoryPublishedResults results = new InMemoryPublishedResults().current(EDITION, 10);
    final ManualChangeSignals signals = new ManualChangeSignals();
    final ResultsBoardCache cache = new ResultsBoardCache(results, signals);
    final ShowPublicResults showResults = new ShowPublicResults(cache);
    final ShowPublicChampionship showChampionship = new ShowPublicChampionship(cache);
    final ShowPublicTitles showTitles = new ShowPublicTitles(cache);
    final ShowChampionship adminChampionship = new ShowChampionship(cache);
    final ShowChampionshipRow adminRow = new ShowChampionshipRow(cache);

    static ScoredEntryRow solo(long event, long member, String name, Gender gender, Unit unit, int rank,
                               String grade, int points) {
        return new ScoredEntryRow(EventId.of(event), EventKind.INDIVIDUAL, MemberId.of(member), gender, null, name,
                (int) (1000 + member), UnitId.of(unit.id()), unit.name(), DistrictId.of(unit.districtId()),
                unit.districtName(), rank, grade, points);
    }

    static ScoredEntryRow man(long event, long member, String name, Unit unit, int rank, String grade, int points) {
        return solo(event, member, name, Gender.M, unit, rank, grade, points);
    }

    static ScoredEntryRow woman(long event, long member, String name, Unit unit, int rank, String grade,
                                int points) {
        return solo(event, member, name, Gender.F, unit, rank, grade, points);
    }

    static ScoredEntryRow team(long event, long team, String code, Unit unit, int rank, String grade, int points) {
        return new ScoredEntryRow(EventId.of(event), EventKind.GROUP, null, null, TeamId.of(team), code, null,
                UnitId.of(unit.id()), unit.name(), DistrictId.of(unit.districtId()), unit.districtName(), rank,
                grade, points);
    }

    void publishSolo(long event, String name, ScoredEntryRow... scored) {
        results.publish(event, name, EventKind.INDIVIDUAL, List.of(scored));
    }

    void publishGroup(long event, String name, ScoredEntryRow... scored) {
        results.publish(event, name, EventKind.GROUP, List.of(scored));
    }
}
