package org.kalamela.domain.festival.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.domain.festival.FestivalFixtures.assertInvalidField;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationWindowTest {

    private final Instant opens = Instant.parse("2025-10-01T00:00:00Z");
    private final Instant closes = Instant.parse("2025-12-01T00:00:00Z");
    private final RegistrationWindow window = new RegistrationWindow(opens, closes);

    @Test
    void is_open_from_the_opening_instant_inclusive_to_the_closing_instant_exclusive() {
        assertThat(window.isOpen(opens.minusMillis(1))).isFalse();
        assertThat(window.isOpen(opens)).isTrue();
        assertThat(window.isOpen(closes.minusMillis(1))).isTrue();
        assertThat(window.isOpen(closes)).isFalse();
    }

    @Test
    void has_closed_from_the_closing_instant_on_and_not_before_it_opens() {
        assertThat(window.hasClosed(opens.minusMillis(1))).isFalse();
        assertThat(window.hasClosed(opens)).isFalse();
        assertThat(window.hasClosed(closes.minusNanos(1))).isFalse();
        assertThat(window.hasClosed(closes)).isTrue();
        assertThat(window.hasClosed(closes.plusSeconds(86_400))).isTrue();
    }

    @Test
    void has_settled_ten_minutes_after_closing_and_not_a_nanosecond_before() {
        assertThat(RegistrationWindow.SETTLING).hasMinutes(10);
        assertThat(window.hasSettled(opens)).isFalse();
        assertThat(window.hasSettled(closes)).isFalse();
        assertThat(window.hasSettled(closes.plusSeconds(600).minusNanos(1))).isFalse();
        assertThat(window.hasSettled(closes.plusSeconds(600))).isTrue();
        assertThat(window.hasSettled(closes.plusSeconds(86_400))).isTrue();
    }

    @Test
    void closes_after_it_opens() {
        assertInvalidField(() -> new RegistrationWindow(closes, opens), "closes");
        assertInvalidField(() -> new RegistrationWindow(opens, opens), "closes");
        assertInvalidField(() -> new RegistrationWindow(null, closes), "opens");
        assertInvalidField(() -> new RegistrationWindow(opens, null), "closes");
    }
}
