package org.kalamela.domain.conference.conference;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kalamela.domain.shared.error.RuleViolationAssert.assertRefused;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConferenceRulesTest {

    private static final Instant AT = Instant.parse("2026-01-10T10:00:00Z");
    static final Conference ACTIVE = new Conference(ConferenceId.of(1),
            new ConferenceDetails("Youth Conference 2026", null, ConferenceDetails.DEFAULT_DELEGATE_FEE), true, AT);
    static final Conference PAST = new Conference(ConferenceId.of(2),
            new ConferenceDetails("Youth Conference 2025", null, ConferenceDetails.DEFAULT_DELEGATE_FEE), false, AT);

    @Test
    void a_conference_may_be_active_when_none_is() {
        assertThatCode(() -> ConferenceRules.requireNoOtherActive(true, Optional.empty(), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConferenceRules.requireNoOtherActive(true, Optional.empty(), PAST.id()))
                .doesNotThrowAnyException();
    }

    @Test
    void the_active_conference_stays_active_when_edited() {
        assertThatCode(() -> ConferenceRules.requireNoOtherActive(true, Optional.of(ACTIVE), ACTIVE.id()))
                .doesNotThrowAnyException();
    }

    @Test
    void an_inactive_conference_is_never_refused_for_another_being_active() {
        assertThatCode(() -> ConferenceRules.requireNoOtherActive(false, Optional.of(ACTIVE), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> ConferenceRules.requireNoOtherActive(false, Optional.of(ACTIVE), PAST.id()))
                .doesNotThrowAnyException();
    }

    @Test
    void a_second_active_conference_is_refused_new_or_reactivated() {
        assertRefused(() -> ConferenceRules.requireNoOtherActive(true, Optional.of(ACTIVE), null),
                "CONFERENCE_ALREADY_ACTIVE", "The conference 'Youth Conference 2026' is active; deactivate it first");
        assertRefused(() -> ConferenceRules.requireNoOtherActive(true, Optional.of(ACTIVE), PAST.id()),
                "CONFERENCE_ALREADY_ACTIVE", "The conference 'Youth Conference 2026' is active; deactivate it first");
    }

    @Test
    void only_a_conference_without_delegates_is_deleted() {
        assertThatCode(() -> ConferenceRules.requireDeletable(ACTIVE, false)).doesNotThrowAnyException();
        assertRefused(() -> ConferenceRules.requireDeletable(ACTIVE, true), "CONFERENCE_HAS_DELEGATES",
                "The conference 'Youth Conference 2026' has delegates; deactivate it instead");
    }

    @Test
    void only_the_active_conference_takes_changes() {
        assertThatCode(() -> ConferenceRules.requireActive(ACTIVE)).doesNotThrowAnyException();
        assertRefused(() -> ConferenceRules.requireActive(PAST), "CONFERENCE_INACTIVE",
                "The conference 'Youth Conference 2025' is not active");
    }
}
