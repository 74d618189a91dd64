package org.kalamela.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.kalamela.domain.shared.AccountId;
import org.junit.jupiter.api.Test;

class RefreshTokenPolicyTest {

    private final RefreshTokenPolicy policy = new RefreshTokenPolicy(Duration.ofDays(14));
    private final Instant issued = Instant.parse("2026-11-25T10:00:00Z");

    private RefreshToken token(Instant usedAt, Instant revokedAt) {
        return new RefreshToken(1, "family", AccountId.of(7), "hash", issued, policy.expiryFrom(issued), usedAt,
                revokedAt);
    }

    @Test
    void anUnusedTokenIsValidUntilJustBeforeItsExpiry() {
        assertThat(policy.judge(token(null, null), issued)).isEqualTo(RefreshTokenUse.VALID);
        assertThat(policy.judge(token(null, null), issued.plus(Duration.ofDays(14)).minusMillis(1)))
                .isEqualTo(RefreshTokenUse.VALID);
    }

    @Test
    void expiresAtItsExpiry() {
        assertThat(policy.judge(token(null, null), issued.plus(Duration.ofDays(14))))
                .isEqualTo(RefreshTokenUse.EXPIRED);
    }

    @Test
    void aUsedOrRevokedTokenIsAReuseEvenWhenExpired() {
        assertThat(policy.judge(token(issued, null), issued.plusSeconds(5))).isEqualTo(RefreshTokenUse.REUSED);
        assertThat(policy.judge(token(null, issued), issued.plusSeconds(5))).isEqualTo(RefreshTokenUse.REUSED);
        assertThat(policy.judge(token(issued, null), issued.plus(Duration.ofDays(30))))
                .isEqualTo(RefreshTokenUse.REUSED);
    }

    @Test
    void opaqueTokensAreRandomAndHashedDeterministically() {
        String a = OpaqueTokens.newToken();
        String b = OpaqueTokens.newToken();
        assertThat(a).isNotEqualTo(b).hasSize(43);
        assertThat(OpaqueTokens.hash(a)).isEqualTo(OpaqueTokens.hash(a)).hasSize(64).isNotEqualTo(a);
    }
}
