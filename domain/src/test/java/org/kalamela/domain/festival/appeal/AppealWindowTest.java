package org.kalamela.domain.festival.appeal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kalamela.domain.festival.FestivalFixtures.YEAR;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;
import static org.kalamela.domain.festival.JudgingFixtures.ADMIN;
import static org.kalamela.domain.festival.JudgingFixtures.EVENT;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.result.EventResult;

class AppealWindowTest {

    private static final Duration WINDOW = Duration.ofMinutes(30);
    private static final Instant PUBLISHED_AT = Instant.parse("2026-01-10T10:00:00Z");

    private static EventResult published() {
        return EventResult.scoring(EVENT, YEAR).tabulate(PUBLISHED_AT.minusSeconds(600))
                .publish(() -> 3, PUBLISHED_AT, ADMIN);
    }

    @Test
    void an_appeal_at_29_59_after_the_first_publication_is_in_time() {
        assertThatCode(() -> AppealWindow.checkOpen(published(), PUBLISHED_AT.plus(Duration.ofSeconds(29 * 60 + 59)),
                WINDOW)).doesNotThrowAnyException();
    }

    @Test
    void an_appeal_at_exactly_30_00_is_still_in_time() {
        assertThatCode(() -> AppealWindow.checkOpen(published(), PUBLISHED_AT.plus(WINDOW), WINDOW))
                .doesNotThrowAnyException();
    }

    @Test
    void an_appeal_at_30_01_is_late() {
        assertViolation(() -> AppealWindow.checkOpen(published(), PUBLISHED_AT.plus(Duration.ofSeconds(30 * 60 + 1)),
                WINDOW), "APPEAL_WINDOW_CLOSED");
    }

    @Test
    void a_result_not_published_cannot_be_appealed() {
        assertViolation(() -> AppealWindow.checkOpen(EventResult.scoring(EVENT, YEAR), PUBLISHED_AT, WINDOW),
                "APPEAL_RESULT_NOT_PUBLISHED");
        assertViolation(() -> AppealWindow.checkOpen(EventResult.scoring(EVENT, YEAR).tabulate(PUBLISHED_AT),
                PUBLISHED_AT, WINDOW), "APPEAL_RESULT_NOT_PUBLISHED");
    }

    @Test
    void an_event_without_a_result_cannot_be_appealed() {
        assertViolation(() -> AppealWindow.checkOpen(java.util.Optional.empty(), PUBLISHED_AT, WINDOW),
                "APPEAL_RESULT_NOT_PUBLISHED");
        assertThatCode(() -> AppealWindow.checkOpen(java.util.Optional.of(published()), PUBLISHED_AT, WINDOW))
                .doesNotThrowAnyException();
    }

    @Test
    void a_result_under_appeal_can_take_another_entrys_appeal_within_the_window() {
        assertThatCode(() -> AppealWindow.checkOpen(published().openAppeal(), PUBLISHED_AT.plusSeconds(60), WINDOW))
                .doesNotThrowAnyException();
    }

    @Test
    void republishing_after_an_appeal_does_not_open_the_window_again() {
        Instant republishedAt = PUBLISHED_AT.plus(Duration.ofHours(2));
        EventResult republished = published().openAppeal().retabulate(republishedAt).republish(republishedAt, ADMIN);

        assertViolation(() -> AppealWindow.checkOpen(republished, republishedAt.plusSeconds(60), WINDOW),
                "APPEAL_WINDOW_CLOSED");
    }

    @Test
    void the_window_is_the_editions() {
        Duration ten = Duration.ofMinutes(10);
        assertViolation(() -> AppealWindow.checkOpen(published(), PUBLISHED_AT.plus(ten).plusSeconds(1), ten),
                "APPEAL_WINDOW_CLOSED");
    }
}
