package org.kalamela.domain.festival.entry;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kalamela.domain.festival.FestivalFixtures.AFTER_CLOSE;
import static org.kalamela.domain.festival.FestivalFixtures.NOW;
import static org.kalamela.domain.festival.FestivalFixtures.WINDOW;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;

import org.junit.jupiter.api.Test;

class EntryRemovalPolicyTest {

    private final EntryRemovalPolicy policy = new EntryRemovalPolicy(WINDOW);

    @Test
    void an_unscored_entry_is_removed_while_registration_is_open() {
        assertThatCode(() -> policy.check(false, NOW)).doesNotThrowAnyException();
        assertThatCode(() -> policy.check(false, WINDOW.opens())).doesNotThrowAnyException();
    }

    @Test
    void a_scored_entry_stays() {
        assertViolation(() -> policy.check(true, NOW), "ENTRY_HAS_SCORES");
    }

    @Test
    void nothing_is_removed_once_registration_closes() {
        assertViolation(() -> policy.check(false, AFTER_CLOSE), "REGISTRATION_CLOSED");
        assertViolation(() -> policy.check(true, AFTER_CLOSE), "REGISTRATION_CLOSED");
        assertViolation(() -> policy.check(false, WINDOW.opens().minusSeconds(1)), "REGISTRATION_CLOSED");
    }
}
