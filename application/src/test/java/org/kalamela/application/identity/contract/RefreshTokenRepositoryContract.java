package org.kalamela.application.identity.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.identity.AccountRepository;
import org.kalamela.domain.identity.OpaqueTokens;
import org.kalamela.domain.identity.RefreshToken;
import org.kalamela.domain.identity.RefreshTokenRepository;
import org.kalamela.domain.shared.AccountId;

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

    /** Where the accounts the tokens belong to are created. */
    protected abstract AccountRepository accounts();

    @Test
    public void aSavedTokenIsFoundByItsHash() {
        AccountId account = ContractAccounts.newAccount(accounts());
        String family = newFamily();
        String hash = newHash();

        refreshTokens().save(family, account, hash, T, T.plus(LIFETIME));

        RefreshToken token = refreshTokens().findByHashForUpdate(hash).orElseThrow();
        assertThat(token.id()).isPositive();
        assertThat(token).isEqualTo(new RefreshToken(token.id(), family, account, hash, T, T.plus(LIFETIME), null,
                null));
    }

    @Test
    public void anUnknownHashFindsNothing() {
        assertThat(refreshTokens().findByHashForUpdate(newHash())).isEmpty();
    }

    @Test
    public void aUsedTokenKeepsTheTimeOfItsFirstUse() {
        AccountId account = ContractAccounts.newAccount(accounts());
        String hash = newHash();
        refreshTokens().save(newFamily(), account, hash, T, T.plus(LIFETIME));
        long id = refreshTokens().findByHashForUpdate(hash).orElseThrow().id();

        refreshTokens().markUsed(id, T.plusSeconds(60));
        refreshTokens().markUsed(id, T.plusSeconds(120));

        RefreshToken token = refreshTokens().findByHashForUpdate(hash).orElseThrow();
        assertThat(token.usedAt()).isEqualTo(T.plusSeconds(60));
        assertThat(token.revokedAt()).isNull();
    }

    @Test
    public void revokingAFamilyRevokesEachOfItsTokensAndNoOther() {
        AccountId account = ContractAccounts.newAccount(accounts());
        String family = newFamily();
        String first = newHash();
        String second = newHash();
        String otherFamily = newHash();
        refreshTokens().save(family, account, first, T, T.plus(LIFETIME));
        refreshTokens().save(family, account, second, T.plusSeconds(60), T.plus(LIFETIME));
        refreshTokens().save(newFamily(), account, otherFamily, T, T.plus(LIFETIME));
        refreshTokens().findByHashForUpdate(first);

        refreshTokens().revokeFamily(family, T.plusSeconds(300));

        assertThat(revokedAt(first)).isEqualTo(T.plusSeconds(300));
        assertThat(revokedAt(second)).isEqualTo(T.plusSeconds(300));
        assertThat(revokedAt(otherFamily)).isNull();
    }

    @Test
    public void aRevokedTokenKeepsTheTimeItWasFirstRevoked() {
        AccountId account = ContractAccounts.newAccount(accounts());
        String family = newFamily();
        String hash = newHash();
        refreshTokens().save(family, account, hash, T, T.plus(LIFETIME));
        refreshTokens().revokeFamily(family, T.plusSeconds(60));

        refreshTokens().revokeFamily(family, T.plusSeconds(120));
        refreshTokens().revokeAllOf(account, T.plusSeconds(180));

        assertThat(revokedAt(hash)).isEqualTo(T.plusSeconds(60));
    }

    @Test
    public void revokingAllOfAnAccountLeavesOtherAccountsAlone() {
        AccountId account = ContractAccounts.newAccount(accounts());
        AccountId other = ContractAccounts.newAccount(accounts());
        String phone = newHash();
        String laptop = newHash();
        String others = newHash();
        refreshTokens().save(newFamily(), account, phone, T, T.plus(LIFETIME));
        refreshTokens().save(newFamily(), account, laptop, T, T.plus(LIFETIME));
        refreshTokens().save(newFamily(), other, others, T, T.plus(LIFETIME));
        refreshTokens().findByHashForUpdate(phone);

        refreshTokens().revokeAllOf(account, T.plusSeconds(300));

        assertThat(revokedAt(phone)).isEqualTo(T.plusSeconds(300));
        assertThat(revokedAt(laptop)).isEqualTo(T.plusSeconds(300));
        assertThat(revokedAt(others)).isNull();
    }

    @Test
    public void usingATokenDoesNotRevokeItAndRevokingDoesNotUseIt() {
        AccountId account = ContractAccounts.newAccount(accounts());
        String family = newFamily();
        String used = newHash();
        String revoked = newHash();
        refreshTokens().save(family, account, used, T, T.plus(LIFETIME));
        refreshTokens().markUsed(refreshTokens().findByHashForUpdate(used).orElseThrow().id(), T.plusSeconds(60));
        refreshTokens().save(family, account, revoked, T.plusSeconds(60), T.plus(LIFETIME));

        refreshTokens().revokeFamily(family, T.plusSeconds(120));

        RefreshToken usedToken = refreshTokens().findByHashForUpdate(used).orElseThrow();
        assertThat(usedToken.usedAt()).isEqualTo(T.plusSeconds(60));
        assertThat(usedToken.revokedAt()).isEqualTo(T.plusSeconds(120));
        assertThat(refreshTokens().findByHashForUpdate(revoked).orElseThrow().usedAt()).isNull();
    }

    private Instant revokedAt(String hash) {
        return refreshTokens().findByHashForUpdate(hash).orElseThrow().revokedAt();
    }

    private static String newFamily() {
        return UUID.randomUUID().toString();
    }

    private static String newHash() {
        return OpaqueTokens.hash(OpaqueTokens.newToken());
    }
}
