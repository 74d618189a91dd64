package org.kalamela.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.identity.SessionAdmission.Verdict;
import org.kalamela.domain.shared.AccountId;

class SessionAdmissionTest {

    private final AccountId mary = AccountId.of(7);

    @Test
    void anOpenSessionOfTheBearerAdmits() {
        assertThat(SessionAdmission.judge(Optional.of(new SessionStatus(mary, false)), mary))
                .isEqualTo(Verdict.ADMITTED);
    }

    @Test
    void anEndedSessionRefuses() {
        assertThat(SessionAdmission.judge(Optional.of(new SessionStatus(mary, true)), mary))
                .isEqualTo(Verdict.SESSION_ENDED);
    }

    @Test
    void anUnknownSessionOrATokenWithoutOneRefuses() {
        assertThat(SessionAdmission.judge(Optional.empty(), mary)).isEqualTo(Verdict.SESSION_ENDED);
    }

    @Test
    void aSessionOfAnotherAccountRefuses() {
        assertThat(SessionAdmission.judge(Optional.of(new SessionStatus(AccountId.of(8), false)), mary))
                .isEqualTo(Verdict.SESSION_ENDED);
    }

    @Test
    void aSessionIsEndedWithATimeAndAReasonOrNeither() {
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        SessionId id = SessionId.random();
        assertThat(new Session(id, mary, t, null, null).open()).isTrue();
        assertThat(new Session(id, mary, t, t, SessionEnd.SIGNED_OUT).open()).isFalse();
        assertThatThrownBy(() -> new Session(id, mary, t, t, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Session(id, mary, t, null, SessionEnd.SIGNED_OUT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSessionIdFitsTheFamilyColumn() {
        assertThat(SessionId.random().value()).hasSize(36);
        assertThatThrownBy(() -> new SessionId("x".repeat(37))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionId(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
