package org.kalamela.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kalamela.application.identity.IdentityFixture.PASSWORD;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.identity.Account;
import org.kalamela.domain.identity.AuthenticationFailed;
import org.kalamela.domain.identity.OpaqueTokens;

class SignOutTest {

    private final IdentityFixture world = new IdentityFixture();
    private final Account mary = world.official("mary");
    private final Account john = world.official("john");

    @Test
    void endsTheSignInTheTokenBelongsTo() {
        SessionTokens first = world.signIn("mary", PASSWORD);
        SessionTokens latest = world.refreshSession.execute(first.refreshToken());

        world.signOut.execute(mary.id(), latest.refreshToken());

        assertThat(refusalCode(latest.refreshToken())).isEqualTo("REFRESH_TOKEN_REUSED");
        assertThat(world.refreshTokens.all()).allSatisfy(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    void anOlderTokenOfTheSignInEndsItToo() {
        SessionTokens first = world.signIn("mary", PASSWORD);
        SessionTokens latest = world.refreshSession.execute(first.refreshToken());

        world.signOut.execute(mary.id(), first.refreshToken());

        assertThat(refusalCode(latest.refreshToken())).isEqualTo("REFRESH_TOKEN_REUSED");
    }

    @Test
    void leavesOtherSignInsOfTheAccountAlone() {
        SessionTokens phone = world.signIn("mary", PASSWORD);
        SessionTokens laptop = world.signIn("mary", PASSWORD);

        world.signOut.execute(mary.id(), phone.refreshToken());

        assertThat(world.refreshSession.execute(laptop.refreshToken()).account().username()).isEqualTo("mary");
    }

    @Test
    void ignoresATokenOfAnotherAccount() {
        SessionTokens johns = world.signIn("john", PASSWORD);

        world.signOut.execute(mary.id(), johns.refreshToken());

        assertThat(world.refreshSession.execute(johns.refreshToken()).account().id()).isEqualTo(john.id().value());
    }

    @Test
    void anUnknownOrMissingTokenChangesNothingAndIsNotReported() {
        SessionTokens session = world.signIn("mary", PASSWORD);

        assertThatCode(() -> {
            world.signOut.execute(mary.id(), OpaqueTokens.newToken());
            world.signOut.execute(mary.id(), "");
            world.signOut.execute(mary.id(), null);
        }).doesNotThrowAnyException();

        assertThat(world.refreshSession.execute(session.refreshToken()).account().username()).isEqualTo("mary");
    }

    @Test
    void signingOutTwiceIsHarmless() {
        SessionTokens session = world.signIn("mary", PASSWORD);
        world.signOut.execute(mary.id(), session.refreshToken());

        assertThatCode(() -> world.signOut.execute(mary.id(), session.refreshToken())).doesNotThrowAnyException();
    }

    private String refusalCode(String refreshToken) {
        AuthenticationFailed failure = catchThrowableOfType(AuthenticationFailed.class,
                () -> world.refreshSession.execute(refreshToken));
        assertThat(failure).as("the refresh should fail").isNotNull();
        return failure.code();
    }
}
