package org.kalamela.application.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.kalamela.application.identity.IdentityFixture.PASSWORD;

import org.junit.jupiter.api.Test;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.application.identity.session.SessionTokens;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AuthenticationFailed;
import org.kalamela.domain.identity.session.SessionEnd;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;

class DeactivateDistrictOfficialTest {

    private final IdentityFixture world = new IdentityFixture();
    private final Account mary = world.official("mary");
    private final Account john = world.official("john");
    private final Actor admin = new Actor(AccountId.of(999), "admin", Role.ADMIN, null, null);
    private final DeactivateDistrictOfficial deactivate =
            new DeactivateDistrictOfficial(world.accounts, world.sessionStore, world.audit, world.clock);

    @Test
    void deactivationEndsEverySessionOfTheOfficialAtOnce() {
        SessionTokens phone = world.signIn("mary", PASSWORD);
        SessionTokens laptop = world.signIn("mary", PASSWORD);
        SessionTokens johns = world.signIn("john", PASSWORD);

        deactivate.execute(mary.id(), admin);

        for (SessionTokens session : new SessionTokens[] {phone, laptop}) {
            assertThat(world.admitted(session, mary)).isFalse();
            assertThat(world.sessionStore.find(world.sessionOf(session)).orElseThrow().endReason())
                    .isEqualTo(SessionEnd.DEACTIVATED);
            assertThat(catchThrowableOfType(AuthenticationFailed.class,
                    () -> world.refreshSession.execute(session.refreshToken())).code())
                    .isEqualTo("INVALID_REFRESH_TOKEN");
        }
        assertThat(world.admitted(johns, john)).isTrue();
        assertThat(world.audit.entries()).noneMatch(e -> e.action().equals("REFRESH_TOKEN_REUSED"));
    }
}
