package org.kalamela.domain.identity.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.identity.session.SessionAdmission.Verdict;
import org.kalamela.domain.shared.id.AccountId;

class SessionAdmissionTest {

    private final AccountId mary = AccountId.of(7);

    @Test
    void anOpenSessionOfTheBearerAdmits() {
        assertThat(SessionAdmission.judge(Optional.of(new SessionStatus(mary, false, false)), mary, false))
                .isEqualTo(Verdict.ADMITTED);
    }

    @Test
    void anEndedSessionRefuses() {
        assertThat(SessionAdmission.judge(Optional.of(new SessionStatus(mary, true, false)), mary, false))
                .isEqualTo(Verdict.SESSION_ENDED);
    }

    @Test
    void anUnknownSessionOrATokenWithoutOneRefuses() {
        assertThat(SessionAdmission.judge(Optional.empty(), mary, true)).isEqualTo(Verdict.SESSION_ENDED);
    }

    @Test
    void aSessionOfAnotherAccountRefuses() {
        assertThat(SessionAdmission.judge(Optional.of(new SessionStatus(AccountId.of(8), false, false)), mary, false))
                .isEqualTo(Verdict.SESSION_ENDED);
    }

    @Test
    void aOneTimePasswordAdmitsOnlyWhatReplacingItNeeds() {
        Optional<SessionStatus> oneTime = Optional.of(new SessionStatus(mary, false, true));
        assertThat(SessionAdmission.judge(oneTime, mary, false)).isEqualTo(Verdict.PASSWORD_CHANGE_REQUIRED);
        assertThat(SessionAdmission.judge(oneTime, mary, true)).isEqualTo(Verdict.ADMITTED);
    }

    @Test
    void anEndedSessionIsEndedEvenWhereAOneTimePasswordWouldDo() {
        assertThat(SessionAdmission.judge(Optional.of(new SessionStatus(mary, true, true)), mary, true))
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
