package org.kalamela.domain.festival.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;

class DrawPolicyTest {

    private static final Actor ADMIN = new Actor(AccountId.of(1), "admin", Role.ADMIN, null, null);
    private static final DrawSeed SEED = new DrawSeed("0123456789abcdef".repeat(4));

    @Test
    void the_same_seed_and_entries_replay_the_same_order_whatever_order_they_are_read_in() {
        List<Performer> entries = entries(12);
        List<Performer> shuffled = new ArrayList<>(entries);
        Collections.reverse(shuffled);

        assertThat(DrawPolicy.order(shuffled, SEED)).isEqualTo(DrawPolicy.order(entries, SEED));
    }

    @Test
    void the_order_of_a_known_seed_is_fixed_so_anyone_can_replay_it() {
        List<Long> order = DrawPolicy.order(entries(5), SEED).stream().map(a -> a.performer().id()).toList();

        // The same as docs/architecture.md's replay script (Python's hashlib) prints for this seed and 1..5.
        assertThat(order).containsExactly(1L, 5L, 3L, 2L, 4L);
        assertThat(DrawPolicy.order(entries(5), new DrawSeed("ff".repeat(32))))
                .isNotEqualTo(DrawPolicy.order(entries(5), SEED));
    }

    @Test
    void code_letters_follow_the_order_of_appearance() {
        List<Appearance> order = DrawPolicy.order(entries(28), SEED);

        assertThat(order).extracting(Appearance::position).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 28).mapToObj(i -> (int) i).toList());
        assertThat(order.get(0).codeLetter()).hasToString("A");
        assertThat(order.get(25).codeLetter()).hasToString("Z");
        assertThat(order.get(26).codeLetter()).hasToString("AA");
        assertThat(order.get(27).codeLetter()).hasToString("AB");
    }

    @Test
    void teams_are_drawn_like_entries() {
        List<Performer> teams = List.of(Performer.team(TeamId.of(3)), Performer.team(TeamId.of(9)));

        assertThat(DrawPolicy.order(teams, SEED)).extracting(Appearance::performer)
                .containsExactlyInAnyOrderElementsOf(teams);
    }

    @Test
    void a_draw_records_its_seed_who_drew_and_when() {
        Instant at = Instant.parse("2026-01-10T08:00:00Z");
        Draw draw = DrawPolicy.draw(EventId.of(4), EditionYear.of(2026), entries(3), SEED, ADMIN, at);

        assertThat(draw.seed()).isEqualTo(SEED);
        assertThat(draw.drawnBy()).isEqualTo(AccountId.of(1));
        assertThat(draw.drawnAt()).isEqualTo(at);
        assertThat(draw.codeLetters()).extracting(CodeLetter::value).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(draw.appearanceOf(new CodeLetter("D"))).isEmpty();
    }

    @Test
    void marks_lock_the_draw_and_an_event_without_entries_has_nothing_to_draw() {
        assertViolation(() -> DrawPolicy.checkMayDraw(true, 3), "DRAW_LOCKED");
        assertViolation(() -> DrawPolicy.checkMayDraw(true, 0), "DRAW_LOCKED");
        assertViolation(() -> DrawPolicy.checkMayDraw(false, 0), "NOTHING_TO_DRAW");
        DrawPolicy.checkMayDraw(false, 1);
    }

    @Test
    void the_draw_waits_until_registration_has_closed() {
        Instant opens = Instant.parse("2025-10-01T00:00:00Z");
        Instant closes = Instant.parse("2025-12-01T00:00:00Z");
        RegistrationWindow window = new RegistrationWindow(opens, closes);

        assertViolation(() -> DrawPolicy.checkRegistrationClosed(window, opens.minusSeconds(1)),
                "DRAW_BEFORE_REGISTRATION_CLOSED");
        assertViolation(() -> DrawPolicy.checkRegistrationClosed(window, opens), "DRAW_BEFORE_REGISTRATION_CLOSED");
        assertViolation(() -> DrawPolicy.checkRegistrationClosed(window, closes.minusNanos(1)),
                "DRAW_BEFORE_REGISTRATION_CLOSED");
        DrawPolicy.checkRegistrationClosed(window, closes);
        DrawPolicy.checkRegistrationClosed(window, closes.plusSeconds(86_400));
    }

    @Test
    void once_marked_the_window_may_only_move_within_the_past() {
        Instant opens = Instant.parse("2025-10-01T00:00:00Z");
        Instant closes = Instant.parse("2025-12-01T00:00:00Z");
        RegistrationWindow window = new RegistrationWindow(opens, closes);

        assertViolation(() -> DrawPolicy.checkWindowOnceMarked(true, window, closes.minusNanos(1)), "REOPEN_AFTER_MARKS");
        assertViolation(() -> DrawPolicy.checkWindowOnceMarked(true, window, opens), "REOPEN_AFTER_MARKS");
        assertViolation(() -> DrawPolicy.checkWindowOnceMarked(true, window, opens.minusSeconds(1)),
                "REOPEN_AFTER_MARKS");
        DrawPolicy.checkWindowOnceMarked(true, window, closes);
        DrawPolicy.checkWindowOnceMarked(true, window, closes.plusSeconds(86_400));
        DrawPolicy.checkWindowOnceMarked(false, window, opens);
    }

    @Test
    void an_event_not_drawn_has_no_code_letters_to_print_or_mark() {
        Draw draw = DrawPolicy.draw(EventId.of(4), EditionYear.of(2026), entries(2), SEED, ADMIN, Instant.EPOCH);

        assertViolation(() -> DrawPolicy.requireDrawn(Optional.empty(), "Mime"), "NOT_DRAWN");
        assertThat(DrawPolicy.requireDrawn(Optional.of(draw), "Mime")).isEqualTo(draw);
    }

    @Test
    void a_performer_is_an_entry_or_a_team_and_appears_once() {
        assertThatThrownBy(() -> new Performer(Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Performer(Optional.of(IndividualEntryId.of(1)), Optional.of(TeamId.of(1))))
                .isInstanceOf(IllegalArgumentException.class);
        Performer one = Performer.entry(IndividualEntryId.of(1));
        assertThatThrownBy(() -> new Draw(EventId.of(1), EditionYear.of(2026), SEED, AccountId.of(1), Instant.EPOCH,
                List.of(new Appearance(1, CodeLetter.ofPosition(1), one),
                        new Appearance(2, CodeLetter.ofPosition(2), one))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Appearance(2, CodeLetter.ofPosition(1), one))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Performer> entries(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(id -> Performer.entry(IndividualEntryId.of(id))).toList();
    }
}
