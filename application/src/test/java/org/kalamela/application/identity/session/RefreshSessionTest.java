package org.kalamela.application.identity.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kalamela.application.identity.IdentityFixture.PASSWORD;
import static org.kalamela.application.identity.IdentityFixture.REFRESH_LIFETIME;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AuthenticationFailed;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.identity.session.RefreshToken;

class RefreshSessionTest {

    private final IdentityFixture world = new IdentityFixture();
    private final Account mary = world.official("mary");

    @Test
    void exchangesTheTokenForANewAccessTokenAndTheNextRefreshToken() {
        SessionTokens first = world.signIn("mary", PASSWORD);
        world.clock.advance(Duration.ofMinutes(20));

        SessionTokens second = world.refreshSession.execute(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken()).startsWith("access:" + mary.id());
        assertThat(second.accessTokenExpiresAt()).isEqualTo(world.clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(second.refreshTokenExpiresAt()).isEqualTo(world.clock.instant().plus(REFRESH_LIFETIME));
        assertThat(second.account().username()).isEqualTo("mary");
        assertThat(stored(second).familyId()).isEqualTo(stored(first).familyId());
        assertThat(stored(first).usedAt()).isEqualTo(world.clock.instant());
    }

    @Test
    void theNewTokenCanBeExchangedInItsTurn() {
        SessionTokens first = world.signIn("mary", PASSWORD);
        SessionTokens second = world.refreshSession.execute(first.refreshToken());

        SessionTokens third = world.refreshSession.execute(second.refreshToken());

        assertThat(third.account().id()).isEqualTo(mary.id().value());
    }

    @Test
    void reusingAnExchangedTokenEndsTheWholeSignIn() {
        SessionTokens first = world.signIn("mary", PASSWORD);
        SessionTokens second = world.refreshSession.execute(first.refreshToken());

        assertThat(refusal(first.refreshToken()).code()).isEqualTo("REFRESH_TOKEN_REUSED");

        assertThat(refusal(second.refreshToken()).code()).isEqualTo("REFRESH_TOKEN_REUSED");
        assertThat(world.sessionStore.find(world.sessionOf(second)).orElseThrow().endReason())
                .isEqualTo(org.kalamela.domain.identity.session.SessionEnd.TOKEN_REUSED);
        assertThat(world.admitted(second, mary)).as("its access token stops too").isFalse();
        assertThat(world.audit.count("REFRESH_TOKEN_REUSED")).as("audited once, when it happened").isEqualTo(1);
        assertThat(world.audit.last("REFRESH_TOKEN_REUSED").details())
                .containsEntry("family", stored(first).familyId());
    }

    @Test
    void aReuseLeavesOtherSignInsOfTheAccountAlone() {
        SessionTokens phone = world.signIn("mary", PASSWORD);
        SessionTokens laptop = world.signIn("mary", PASSWORD);
        world.refreshSession.execute(phone.refreshToken());

        refusal(phone.refreshToken());

        assertThat(world.refreshSession.execute(laptop.refreshToken()).account().username()).isEqualTo("mary");
    }

    @Test
    void aTokenExpiresAtTheEndOfItsLifetime() {
        SessionTokens almost = world.signIn("mary", PASSWORD);
        SessionTokens late = world.signIn("mary", PASSWORD);
        world.clock.advance(REFRESH_LIFETIME.minusSeconds(1));
        world.refreshSession.execute(almost.refreshToken());

        world.clock.advance(Duration.ofSeconds(1));

        assertThat(refusal(late.refreshToken()).code()).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    @Test
    void anInactiveAccountCannotRefresh() {
        SessionTokens session = world.signIn("mary", PASSWORD);
        world.accounts.setActive(mary.id(), false);

        assertThat(refusal(session.refreshToken()).code()).isEqualTo("INVALID_REFRESH_TOKEN");
        assertThat(stored(session).usedAt()).isNull();
    }

    @Test
    void everyTokenOfASessionBelongsToItAndNamesItInTheAccessToken() {
        SessionTokens first = world.signIn("mary", PASSWORD);
        SessionTokens second = world.refreshSession.execute(first.refreshToken());

        assertThat(world.sessionOf(second)).isEqualTo(world.sessionOf(first));
        assertThat(world.accessTokens.sessions()).containsExactly(world.sessionOf(first), world.sessionOf(first));
        assertThat(world.admitted(second, mary)).isTrue();
    }

    @Test
    void anUnknownOrMissingTokenIsRefused() {
        assertThat(refusal(OpaqueTokens.newToken()).code()).isEqualTo("INVALID_REFRESH_TOKEN");
        assertThat(refusal(" ").code()).isEqualTo("INVALID_REFRESH_TOKEN");
        assertThat(refusal(null).code()).isEqualTo("INVALID_REFRESH_TOKEN");
    }

    private RefreshToken stored(SessionTokens session) {
        return world.refreshTokens.findByHashForUpdate(OpaqueTokens.hash(session.refreshToken())).orElseThrow();
    }

    private AuthenticationFailed refusal(String refreshToken) {
        AuthenticationFailed failure = catchThrowableOfType(AuthenticationFailed.class,
                () -> world.refreshSession.execute(refreshToken));
        assertThat(failure).as("the refresh should fail").isNotNull();
        return failure;
    }
}
