package org.kalamela.application.festival.contract;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawPolicy;
import org.kalamela.domain.festival.draw.DrawSeed;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** An individual event with entries, as the judging contracts need it before a draw. */
public record JudgingContractWorld(EditionYear year, FestivalEvent event, List<Performer> entries, UnitId unit,
                                   DistrictId district) {

    public static final Instant AT = Instant.parse("2026-01-10T09:00:00Z");
    public static final Actor ADMIN = new Actor(AccountId.of(1), "admin", Role.ADMIN, null, null);

    public static JudgingContractWorld with(FestivalContractFixtures fixtures, String eventName, int entries) {
        EditionYear year = EditionYear.of(2026);
        FestivalEvent event = fixtures.givenEvent(year, eventName, EventKind.INDIVIDUAL);
        DistrictId district = fixtures.givenDistrict("Judging District " + eventName);
        UnitId unit = fixtures.givenUnit(district, "Judging Unit");
        List<Performer> performers = IntStream.rangeClosed(1, entries)
                .mapToObj(i -> Performer.entry(fixtures.givenIndividualEntry(year, event,
                        fixtures.givenMember(unit, "Performer " + i), district, Seniority.SENIOR)))
                .toList();
        return new JudgingContractWorld(year, event, performers, unit, district);
    }

    /** The draw of the seed whose 64 digits write {@code seed} (zeros in front): distinct numbers, distinct seeds. */
    public Draw draw(long seed) {
        return DrawPolicy.draw(event.id(), year, entries, new DrawSeed(String.format("%064x", seed)), ADMIN, AT);
    }
}
