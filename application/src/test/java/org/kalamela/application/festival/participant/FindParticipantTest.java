package org.kalamela.application.festival.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.Refusals.assertInvalidFields;
import static org.kalamela.application.festival.Refusals.assertNotFound;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.edition.CurrentEditionCache;
import org.kalamela.application.festival.fakes.InMemoryEditionRepository;
import org.kalamela.application.festival.fakes.InMemoryParticipantReader;
import org.kalamela.application.festival.query.ParticipantRow;
import org.kalamela.application.shared.fakes.ManualChangeSignals;
import org.kalamela.application.shared.fakes.TestClock;
import org.kalamela.application.shared.signal.ChangeTopic;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.festival.team.TeamCode;

class FindParticipantTest {

    private static final Instant CLOSES = Instant.parse("2026-08-01T00:00:00Z");
    private static final FindParticipant.Query ANU = new FindParticipant.Query(ChestNumber.of(1001), null);

    private final InMemoryParticipantReader participants = new InMemoryParticipantReader();
    private final InMemoryEditionRepository editions = new InMemoryEditionRepository();
    private final ManualChangeSignals signals = new ManualChangeSignals().listen();
    private final TestClock clock = new TestClock(CLOSES.plus(RegistrationWindow.SETTLING));
    private final ParticipantCache cache = new ParticipantCache(participants,
            new CurrentEdition(editions, new CurrentEditionCache(editions, signals)), signals, clock);
    private final FindParticipant find = new FindParticipant(cache);
    private final ShowKnownParticipant showKnown = new ShowKnownParticipant(cache);
    private final ParticipantRow anu = new ParticipantRow(List.of("Anu"), 1001, null, "Bethel", "Kottayam",
            List.of("Elocution", "Group song"));
    private final ParticipantRow team = new ParticipantRow(List.of("Anu", "Biju"), null, "GS-1", "Bethel",
            "Kottayam", List.of("Group song"));

    FindParticipantTest() {
        editions.create(new Edition(EditionYear.of(2026), FestivalRules.defaults2026(),
                new RegistrationWindow(CLOSES.minus(Duration.ofDays(30)), CLOSES)));
        editions.markCurrent(EditionYear.of(2026));
        participants.add(anu);
        participants.add(team);
    }

    @Test
    void a_chest_number_finds_its_member_and_a_team_code_its_team() {
        assertThat(find.execute(ANU)).isEqualTo(anu);
        assertThat(find.execute(new FindParticipant.Query(null, TeamCode.parse("GS-1")))).isEqualTo(team);
    }

    @Test
    void a_number_or_code_nobody_holds_is_not_found() {
        assertNotFound(() -> find.execute(new FindParticipant.Query(ChestNumber.of(1002), null)), "NOT_FOUND");
        assertNotFound(() -> find.execute(new FindParticipant.Query(null, TeamCode.parse("GS-2"))), "NOT_FOUND");
    }

    @Test
    void exactly_one_of_chest_number_and_team_code_is_given() {
        assertInvalidFields(() -> new FindParticipant.Query(null, null), "chestNumber");
        assertInvalidFields(() -> new FindParticipant.Query(ChestNumber.of(1), TeamCode.parse("GS-1")), "teamCode");
    }

    /** The instance sees the settled window a first time, then for as long as a transaction may still run. */
    private void windowSeenLongEnough() {
        find.execute(ANU);
        clock.advance(ParticipantCache.SEEN_FOR);
        participants.resetReads();
    }

    @Test
    void once_registration_has_settled_an_answer_is_read_once_and_known_until_a_change_is_heard() {
        windowSeenLongEnough();
        assertThat(showKnown.execute(ANU)).isEmpty();
        find.execute(ANU);
        find.execute(ANU);

        assertThat(participants.reads()).isEqualTo(1);
        assertThat(showKnown.execute(ANU)).contains(anu);

        signals.announce(ChangeTopic.PARTICIPANTS);
        assertThat(showKnown.execute(ANU)).isEmpty();
        find.execute(ANU);
        assertThat(participants.reads()).isEqualTo(2);
    }

    @Test
    void a_change_of_the_editions_voids_what_was_kept() {
        windowSeenLongEnough();
        find.execute(ANU);

        signals.announce(ChangeTopic.EDITIONS);

        assertThat(showKnown.execute(ANU)).isEmpty();
    }

    @Test
    void nothing_is_kept_while_registration_has_not_settled_since_entries_are_not_announced_then() {
        clock.set(CLOSES.plus(RegistrationWindow.SETTLING).minusNanos(1_000).minus(ParticipantCache.SEEN_FOR));
        windowSeenLongEnough();
        find.execute(ANU);
        find.execute(ANU);

        assertThat(participants.reads()).isEqualTo(2);
        assertThat(showKnown.execute(ANU)).isEmpty();
    }

    /**
     * A window closed at once (its closing set in the past) may leave silent writes in flight: nothing is kept
     * until this instance has seen that window for longer than a transaction may run.
     */
    @Test
    void a_window_this_instance_has_just_seen_keeps_nothing_until_it_has_seen_it_long_enough() {
        clock.set(CLOSES.plus(Duration.ofDays(3)));
        find.execute(ANU);
        clock.advance(ParticipantCache.SEEN_FOR.minusNanos(1_000));
        find.execute(ANU);
        assertThat(participants.reads()).isEqualTo(2);
        assertThat(showKnown.execute(ANU)).isEmpty();

        clock.advance(Duration.ofNanos(1_000));
        find.execute(ANU);
        find.execute(ANU);

        assertThat(participants.reads()).isEqualTo(3);
        assertThat(showKnown.execute(ANU)).contains(anu);
    }

    @Test
    void a_moved_window_is_seen_anew() {
        windowSeenLongEnough();
        editions.update(new Edition(EditionYear.of(2026), FestivalRules.defaults2026(),
                new RegistrationWindow(CLOSES.minus(Duration.ofDays(30)), CLOSES.minusSeconds(60))));
        signals.announce(ChangeTopic.EDITIONS);

        find.execute(ANU);
        find.execute(ANU);

        assertThat(participants.reads()).isEqualTo(2);
    }

    @Test
    void nothing_is_kept_while_the_signals_are_not_live() {
        windowSeenLongEnough();
        signals.lose();
        find.execute(ANU);
        find.execute(ANU);

        assertThat(participants.reads()).isEqualTo(2);
        assertThat(showKnown.execute(ANU)).isEmpty();
    }

    @Test
    void a_kept_nobody_is_not_an_answer_the_io_thread_gives() {
        windowSeenLongEnough();
        FindParticipant.Query nobody = new FindParticipant.Query(ChestNumber.of(1002), null);
        assertNotFound(() -> find.execute(nobody), "NOT_FOUND");
        assertNotFound(() -> find.execute(nobody), "NOT_FOUND");

        assertThat(participants.reads()).isEqualTo(1);
        assertThat(showKnown.execute(nobody)).isEmpty();
    }

    @Test
    void no_current_edition_keeps_nothing() {
        InMemoryEditionRepository none = new InMemoryEditionRepository();
        ParticipantCache without = new ParticipantCache(participants,
                new CurrentEdition(none, new CurrentEditionCache(none, signals)), signals, clock);
        new FindParticipant(without).execute(ANU);
        new FindParticipant(without).execute(ANU);

        assertThat(participants.reads()).isEqualTo(2);
    }
}
