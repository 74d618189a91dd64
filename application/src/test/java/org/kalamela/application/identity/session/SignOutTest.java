package org.kalamela.application.identity.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kalamela.application.identity.IdentityFixture.PASSWORD;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AuthenticationFailed;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.identity.session.SessionEnd;

class SignOutTest {

    private final IdentityFixture world = new IdentityFixture();
    private final Account mary = world.official("mary");
    private final Account john = world.official("john");

    @Test
    void endsTheCurrentSessionItsAccessTokenAndEveryRefreshTokenOfIt() {
        SessionTokens first = world.signIn("mary", PASSWORD);
        SessionTokens latest = world.refreshSession.execute(first.refreshToken());

        world.signOut.execute(mary.asActor(), world.sessionOf(latest), Optional.empty());

        assertThat(world.admitted(latest, mary)).isFalse();
        assertThat(refusalCode(latest.refreshToken())).isEqualTo("INVALID_REFRESH_TOKEN");
        assertThat(refusalCode(first.refreshToken())).isEqualTo("INVALID_REFRESH_TOKEN");
        assertThat(world.sessionStore.all()).singleElement()
                .satisfies(s -> assertThat(s.endReason()).isEqualTo(SessionEnd.SIGNED_OUT));
        assertThat(world.audit.last("SIGNED_OUT").actorId()).isEqualTo(mary.id());
    }

    @Test
    void aTokenOfASignedOutSessionIsNotReportedAsAReuse() {
        SessionTokens first = world.signIn("mary", PASSWORD);
        world.refreshSession.execute(first.refreshToken());
        world.signOut.execute(mary.asActor(), world.sessionOf(first), Optional.empty());

        assertThat(refusalCode(first.refreshToken())).isEqualTo("INVALID_REFRESH_TOKEN");
        assertThat(world.audit.entries()).noneMatch(e -> e.action().equals("REFRESH_TOKEN_REUSED"));
    }

    @Test
    void leavesOtherSignInsOfTheAccountAlone() {
        SessionTokens phone = world.signIn("mary", PASSWORD);
        SessionTokens laptop = world.signIn("mary", PASSWORD);

        world.signOut.execute(mary.asActor(), world.sessionOf(phone), Optional.empty());

        assertThat(world.admitted(laptop, mary)).isTrue();
        assertThat(world.refreshSession.execute(laptop.refreshToken()).account().username()).isEqualTo("mary");
    }

    @Test
    void aRefreshTokenOfAnotherOfMySessionsEndsThatOneToo() {
        SessionTokens phone = world.signIn("mary", PASSWORD);
        SessionTokens laptop = world.signIn("mary", PASSWORD);

        world.signOut.execute(mary.asActor(), world.sessionOf(phone), Optional.of(laptop.refreshToken()));

        assertThat(world.admitted(laptop, mary)).isFalse();
    }

    @Test
    void ignoresARefreshTokenOfAnotherAccount() {
        SessionTokens marys = world.signIn("mary", PASSWORD);
        SessionTokens johns = world.signIn("john", PASSWORD);

        world.signOut.execute(mary.asActor(), world.sessionOf(marys), Optional.of(johns.refreshToken()));

        assertThat(world.refreshSession.execute(johns.refreshToken()).account().id()).isEqualTo(john.id().value());
    }

    @Test
    void anUnknownOrBlankRefreshTokenChangesNothingElseAndIsNotReported() {
        SessionTokens current = world.signIn("mary", PASSWORD);
        SessionTokens other = world.signIn("mary", PASSWORD);

        assertThatCode(() -> {
            world.signOut.execute(mary.asActor(), world.sessionOf(current), Optional.of(OpaqueTokens.newToken()));
            world.signOut.execute(mary.asActor(), world.sessionOf(current), Optional.of(""));
        }).doesNotThrowAnyException();

        assertThat(world.refreshSession.execute(other.refreshToken()).account().username()).isEqualTo("mary");
    }

    @Test
    void signingOutTwiceIsHarmlessAndKeepsTheFirstEnd() {
        SessionTokens session = world.signIn("mary", PASSWORD);
        world.signOut.execute(mary.asActor(), world.sessionOf(session), Optional.empty());
        var firstEnd = world.sessionStore.all().get(0).endedAt();
        world.clock.advance(java.time.Duration.ofMinutes(1));

        assertThatCode(() -> world.signOut.execute(mary.asActor(), world.sessionOf(session), Optional.empty()))
                .doesNotThrowAnyException();
        assertThat(world.sessionStore.all().get(0).endedAt()).isEqualTo(firstEnd);
    }

    private String refusalCode(String refreshToken) {
        AuthenticationFailed failure = catchThrowableOfType(AuthenticationFailed.class,
                () -> world.refreshSession.execute(refreshToken));
        assertThat(failure).as("the refresh should fail").isNotNull();
        return failure.code();
    }
}
