package org.kalamela.domain.festival.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;
import static org.kalamela.domain.festival.JudgingFixtures.ADMIN;
import static org.kalamela.domain.festival.JudgingFixtures.EVENT;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.id.AccountId;

class EventResultTest {

    private static final Instant T1 = Instant.parse("2026-01-10T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-01-10T11:00:00Z");
    private static final Instant T3 = Instant.parse("2026-01-10T12:00:00Z");
    private static final AccountId OTHER_ADMIN = AccountId.of(2);

    private final AtomicInteger numbers = new AtomicInteger(26);

    /** The moves of the machine, by name. */
    private final Map<String, UnaryOperator<EventResult>> moves = Map.of(
            "tabulate", r -> r.tabulate(T1),
            "retabulate", r -> r.retabulate(T1),
            "publish", r -> r.publish(numbers::incrementAndGet, T2, ADMIN),
            "openAppeal", EventResult::openAppeal,
            "republish", r -> r.republish(T3, OTHER_ADMIN));

    /** The one allowed set of moves from each state, and where each leads. */
    private static final Map<EventResultState, Map<String, EventResultState>> ALLOWED = allowed();

    @Test
    void the_whole_life_of_a_result() {
        EventResult scoring = EventResult.scoring(EVENT, EditionYear.of(2026));
        EventResult tabulated = scoring.tabulate(T1);
        EventResult published = tabulated.publish(() -> 27, T2, ADMIN);
        EventResult underAppeal = published.openAppeal();
        EventResult revised = underAppeal.retabulate(T3);
        EventResult republished = revised.republish(T3, OTHER_ADMIN);

        assertThat(scoring.state()).isEqualTo(EventResultState.SCORING);
        assertThat(scoring.isComputed()).isFalse();
        assertThat(tabulated.state()).isEqualTo(EventResultState.TABULATED);
        assertThat(tabulated.tabulatedAt()).contains(T1);
        assertThat(published.state()).isEqualTo(EventResultState.PUBLISHED);
        assertThat(published.revision()).isEqualTo(0);
        assertThat(published.publication()).contains(new Publication(27, T2, T2, ADMIN));
        assertThat(underAppeal.state()).isEqualTo(EventResultState.UNDER_APPEAL);
        assertThat(revised.tabulatedAt()).contains(T3);
        assertThat(republished.state()).isEqualTo(EventResultState.PUBLISHED);
        assertThat(republished.revision()).isEqualTo(1);
        assertThat(republished.publication()).contains(new Publication(27, T2, T3, OTHER_ADMIN));
        assertThat(republished.openAppeal().republish(T3, ADMIN).revision()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(EventResultState.class)
    void every_move_from_every_state_is_allowed_or_refused_as_the_machine_says(EventResultState from) {
        EventResult start = in(from);
        for (Map.Entry<String, UnaryOperator<EventResult>> move : moves.entrySet()) {
            EventResultState to = ALLOWED.get(from).get(move.getKey());
            if (to == null) {
                assertViolation(() -> move.getValue().apply(start), "ILLEGAL_RESULT_TRANSITION");
            } else {
                assertThat(move.getValue().apply(start).state()).as(from + " " + move.getKey()).isEqualTo(to);
            }
        }
    }

    @Test
    void the_first_publication_is_revision_0_and_an_unpublished_result_has_no_other() {
        assertThat(in(EventResultState.PUBLISHED).revision()).isZero();
        assertThatThrownBy(() -> new EventResult(EVENT, EditionYear.of(2026), EventResultState.TABULATED, 1,
                Optional.of(T1), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EventResult(EVENT, EditionYear.of(2026), EventResultState.PUBLISHED, -1,
                Optional.of(T1), Optional.of(new Publication(1, T2, T2, ADMIN))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_refused_publication_draws_no_result_number() {
        for (EventResultState state : EnumSet.complementOf(EnumSet.of(EventResultState.TABULATED))) {
            assertViolation(() -> in(state).publish(() -> {
                throw new AssertionError("a number was drawn for a refused publication");
            }, T2, ADMIN), "ILLEGAL_RESULT_TRANSITION");
        }
    }

    @Test
    void only_a_published_result_refuses_new_marks() {
        assertViolation(() -> in(EventResultState.PUBLISHED).checkMarksMayChange(), "RESULT_PUBLISHED");
        for (EventResultState state : Set.of(EventResultState.SCORING, EventResultState.TABULATED,
                EventResultState.UNDER_APPEAL)) {
            in(state).checkMarksMayChange();
        }
    }

    private static EventResult in(EventResultState state) {
        EventResult scoring = EventResult.scoring(EVENT, EditionYear.of(2026));
        return switch (state) {
            case SCORING -> scoring;
            case TABULATED -> scoring.tabulate(T1);
            case PUBLISHED -> scoring.tabulate(T1).publish(() -> 1, T2, ADMIN);
            case UNDER_APPEAL -> scoring.tabulate(T1).publish(() -> 1, T2, ADMIN).openAppeal();
        };
    }

    private static Map<EventResultState, Map<String, EventResultState>> allowed() {
        Map<EventResultState, Map<String, EventResultState>> allowed = new EnumMap<>(EventResultState.class);
        allowed.put(EventResultState.SCORING, Map.of("tabulate", EventResultState.TABULATED));
        allowed.put(EventResultState.TABULATED, Map.of("retabulate", EventResultState.TABULATED,
                "publish", EventResultState.PUBLISHED));
        allowed.put(EventResultState.PUBLISHED, Map.of("openAppeal", EventResultState.UNDER_APPEAL));
        allowed.put(EventResultState.UNDER_APPEAL, Map.of("retabulate", EventResultState.UNDER_APPEAL,
                "republish", EventResultState.PUBLISHED));
        return allowed;
    }
}
