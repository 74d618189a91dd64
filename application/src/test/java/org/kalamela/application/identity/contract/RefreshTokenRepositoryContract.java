package org.kalamela.application.identity.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.identity.session.RefreshToken;
import org.kalamela.domain.identity.session.RefreshTokenRepository;
import org.kalamela.domain.identity.session.SessionId;
import org.kalamela.domain.identity.session.SessionRepository;
import org.kalamela.domain.shared.id.AccountId;

/**
 * What every {@link RefreshTokenRepository} does, run against the in-memory fake and PostgreSQL.
 *
 * <p>The tests are public so that a subclass in another package can override them: the {@code @QuarkusTest}
 * subclasses wrap each one in a rolled-back transaction by interception.
 */
public abstract class RefreshTokenRepositoryContract {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final Duration LIFETIME = Duration.ofDays(14);

    /** The repository under test. */
    protected abstract RefreshTokenRepository refreshTokens();

    /** Where the sessions the token families belong to are started. */
    protected abstract SessionRepository sessions();

    /** Where the accounts the tokens belong to are created. */
    protected abstract AccountRepository accounts();

    @Test
    public void aSavedTokenIsFoundByItsHash() {
        AccountId account = ContractAccounts.newAccount(accounts());
        String family = newFamily(account);
        String hash = newHash();

        refreshTokens().save(family, account, hash, T, T.plus(LIFETIME));

        RefreshToken token = refreshTokens().findByHashForUpdate(hash).orElseThrow();
        assertThat(token.id()).isPositive();
        assertThat(token).isEqualTo(new RefreshToken(token.id(), family, account, hash, T, T.plus(LIFETIME), null));
        assertThat(token.sessionId()).isEqualTo(new SessionId(family));
    }

    @Test
    public void anUnknownHashFindsNothing() {
        assertThat(refreshTokens().findByHashForUpdate(newHash())).isEmpty();
    }

    @Test
    public void aUsedTokenKeepsTheTimeOfItsFirstUse() {
        AccountId account = ContractAccounts.newAccount(accounts());
        String hash = newHash();
        refreshTokens().save(newFamily(account), account, hash, T, T.plus(LIFETIME));
        long id = refreshTokens().findByHashForUpdate(hash).orElseThrow().id();

        refreshTokens().markUsed(id, T.plusSeconds(60));
        refreshTokens().markUsed(id, T.plusSeconds(120));

        assertThat(refreshTokens().findByHashForUpdate(hash).orElseThrow().usedAt()).isEqualTo(T.plusSeconds(60));
    }

    @Test
    public void usingOneTokenLeavesTheNextOfItsFamilyUnused() {
        AccountId account = ContractAccounts.newAccount(accounts());
        String family = newFamily(account);
        String used = newHash();
        String next = newHash();
        refreshTokens().save(family, account, used, T, T.plus(LIFETIME));
        refreshTokens().markUsed(refreshTokens().findByHashForUpdate(used).orElseThrow().id(), T.plusSeconds(60));
        refreshTokens().save(family, account, next, T.plusSeconds(60), T.plus(LIFETIME));

        assertThat(refreshTokens().findByHashForUpdate(next).orElseThrow().usedAt()).isNull();
    }

    private String newFamily(AccountId account) {
        SessionId session = SessionId.random();
        sessions().start(session, account, T);
        return session.value();
    }

    private static String newHash() {
        return OpaqueTokens.hash(OpaqueTokens.newToken());
    }
}
