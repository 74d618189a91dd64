package org.kalamela.domain.identity.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kalamela.domain.shared.id.AccountId;

class RefreshTokenPolicyTest {

    private final RefreshTokenPolicy policy = new RefreshTokenPolicy(Duration.ofDays(14));
    private final Instant issued = Instant.parse("2026-11-25T10:00:00Z");
    private final Session open = new Session(new SessionId("family"), AccountId.of(7), issued, null, null);

    private RefreshToken token(Instant usedAt) {
        return new RefreshToken(1, "family", AccountId.of(7), "hash", issued, policy.expiryFrom(issued), usedAt);
    }

    private Session ended(SessionEnd reason) {
        return new Session(new SessionId("family"), AccountId.of(7), issued, issued.plusSeconds(60), reason);
    }

    @Test
    void anUnusedTokenIsValidUntilJustBeforeItsExpiry() {
        assertThat(policy.judge(token(null), open, issued)).isEqualTo(RefreshTokenUse.VALID);
        assertThat(policy.judge(token(null), open, issued.plus(Duration.ofDays(14)).minusMillis(1)))
                .isEqualTo(RefreshTokenUse.VALID);
    }

    @Test
    void expiresAtItsExpiry() {
        assertThat(policy.judge(token(null), open, issued.plus(Duration.ofDays(14))))
                .isEqualTo(RefreshTokenUse.EXPIRED);
    }

    @Test
    void aUsedTokenOfAnOpenSessionIsAReuseEvenWhenExpired() {
        assertThat(policy.judge(token(issued), open, issued.plusSeconds(5))).isEqualTo(RefreshTokenUse.REUSED);
        assertThat(policy.judge(token(issued), open, issued.plus(Duration.ofDays(30))))
                .isEqualTo(RefreshTokenUse.REUSED);
    }

    @ParameterizedTest
    @EnumSource(value = SessionEnd.class, names = "TOKEN_REUSED", mode = EnumSource.Mode.EXCLUDE)
    void aTokenOfASessionThatEndedNormallyIsOnlyInvalidUsedOrNot(SessionEnd reason) {
        assertThat(policy.judge(token(null), ended(reason), issued.plusSeconds(120)))
                .isEqualTo(RefreshTokenUse.SESSION_ENDED);
        assertThat(policy.judge(token(issued), ended(reason), issued.plusSeconds(120)))
                .isEqualTo(RefreshTokenUse.SESSION_ENDED);
    }

    @Test
    void aTokenOfASessionEndedByAReuseStaysARefusedReuse() {
        assertThat(policy.judge(token(null), ended(SessionEnd.TOKEN_REUSED), issued.plusSeconds(120)))
                .isEqualTo(RefreshTokenUse.ENDED_BY_REUSE);
    }

    @Test
    void opaqueTokensAreRandomAndHashedDeterministically() {
        String a = OpaqueTokens.newToken();
        String b = OpaqueTokens.newToken();
        assertThat(a).isNotEqualTo(b).hasSize(43);
        assertThat(OpaqueTokens.hash(a)).isEqualTo(OpaqueTokens.hash(a)).hasSize(64).isNotEqualTo(a);
    }
}
