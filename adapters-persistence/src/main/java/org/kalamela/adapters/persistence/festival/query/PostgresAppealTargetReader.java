package org.kalamela.adapters.persistence.festival.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.application.festival.query.AppealTarget;
import org.kalamela.application.festival.query.AppealTargetReader;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * The entry or team an appeal names, in the current edition, with the phones on record (a team's joined by
 * commas, which no stored phone holds): one indexed query per lookup.
 */
@ApplicationScoped
public class PostgresAppealTargetReader implements AppealTargetReader {

    private final EntityManager em;

    @Inject
    public PostgresAppealTargetReader(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AppealTarget> byChestNumber(EventId event, ChestNumber chestNumber) {
        List<?> rows = em.createNativeQuery("""
                        SELECT ie.id, ie.edition_year, ie.district_id, m.phone
                        FROM editions ed
                        JOIN chest_numbers c ON c.edition_year = ed.year AND c.number = ?2 AND c.is_current
                        JOIN individual_entries ie ON ie.member_id = c.member_id AND ie.event_id = ?1
                            AND ie.edition_year = ed.year
                        JOIN members m ON m.id = ie.member_id
                        WHERE ed.is_current""")
                .setParameter(1, event.value()).setParameter(2, chestNumber.value()).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(r -> new AppealTarget(event,
                EditionYear.of(Columns.integer(r[1])), Performer.entry(IndividualEntryId.of(Columns.number(r[0]))),
                DistrictId.of(Columns.number(r[2])), phones(r[3])));
    }

    @Override
    public Optional<AppealTarget> byTeamCode(EventId event, TeamCode teamCode) {
        List<?> rows = em.createNativeQuery("""
                        SELECT t.id, t.edition_year, t.district_id,
                               (SELECT string_agg(m.phone, ',') FROM team_members tm JOIN members m ON m.id = tm.member_id
                                WHERE tm.team_id = t.id)
                        FROM editions ed
                        JOIN teams t ON t.edition_year = ed.year AND t.event_id = ?1 AND t.code_prefix = ?2
                            AND t.team_number = ?3
                        WHERE ed.is_current""")
                .setParameter(1, event.value()).setParameter(2, teamCode.eventCode().toString())
                .setParameter(3, teamCode.number()).getResultList();
        return rows.stream().findFirst().map(Object[].class::cast).map(r -> new AppealTarget(event,
                EditionYear.of(Columns.integer(r[1])), Performer.team(TeamId.of(Columns.number(r[0]))),
                DistrictId.of(Columns.number(r[2])), phones(r[3])));
    }

    private static List<PhoneNumber> phones(Object joined) {
        return joined == null ? List.of() : Arrays.stream(Columns.text(joined).split(","))
                .map(PhoneNumber::tryParse).flatMap(Optional::stream).toList();
    }
}
