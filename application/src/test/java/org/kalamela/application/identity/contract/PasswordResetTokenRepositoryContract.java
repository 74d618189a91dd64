package org.kalamela.application.identity.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.password.PasswordResetToken;
import org.kalamela.domain.identity.password.PasswordResetTokenRepository;
import org.kalamela.domain.identity.session.OpaqueTokens;
import org.kalamela.domain.shared.id.AccountId;

/**
 * What every {@link PasswordResetTokenRepository} does, run against the in-memory fake and PostgreSQL.
 *
 * <p>The tests are public so that a subclass in another package can override them: the {@code @QuarkusTest}
 * subclasses wrap each one in a rolled-back transaction by interception.
 */
public abstract class PasswordResetTokenRepositoryContract {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final Duration LIFETIME = Duration.ofMinutes(60);

    /** The repository under test. */
    protected abstract PasswordResetTokenRepository resetTokens();

    /** Where the accounts the tokens belong to are created. */
    protected abstract AccountRepository accounts();

    @Test
    public void aSavedTokenIsFoundByItsHash() {
        AccountId account = ContractAccounts.newAccount(accounts());
        String hash = newHash();

        resetTokens().save(account, hash, T, T.plus(LIFETIME));

        PasswordResetToken token = resetTokens().findByHashForUpdate(hash).orElseThrow();
        assertThat(token.id()).isPositive();
        assertThat(token).isEqualTo(new PasswordResetToken(token.id(), account, hash, T.plus(LIFETIME), null));
    }

    @Test
    public void anUnknownHashFindsNothing() {
        assertThat(resetTokens().findByHashForUpdate(newHash())).isEmpty();
    }

    @Test
    public void aUsedTokenKeepsTheTimeOfItsFirstUse() {
        AccountId account = ContractAccounts.newAccount(accounts());
        String hash = newHash();
        resetTokens().save(account, hash, T, T.plus(LIFETIME));
        long id = resetTokens().findByHashForUpdate(hash).orElseThrow().id();

        resetTokens().markUsed(id, T.plusSeconds(60));
        resetTokens().markUsed(id, T.plusSeconds(120));
        resetTokens().invalidateAllOf(account, T.plusSeconds(180));

        assertThat(usedAt(hash)).isEqualTo(T.plusSeconds(60));
    }

    @Test
    public void invalidatingAnAccountsTokensUsesUpEachOpenOneAndNoOther() {
        AccountId account = ContractAccounts.newAccount(accounts());
        AccountId other = ContractAccounts.newAccount(accounts());
        String first = newHash();
        String second = newHash();
        String others = newHash();
        resetTokens().save(account, first, T, T.plus(LIFETIME));
        resetTokens().save(account, second, T.plusSeconds(30), T.plus(LIFETIME));
        resetTokens().save(other, others, T, T.plus(LIFETIME));
        resetTokens().findByHashForUpdate(first);

        resetTokens().invalidateAllOf(account, T.plusSeconds(300));

        assertThat(usedAt(first)).isEqualTo(T.plusSeconds(300));
        assertThat(usedAt(second)).isEqualTo(T.plusSeconds(300));
        assertThat(usedAt(others)).isNull();
    }

    @Test
    public void aTokenIsUsableOnlyUnusedAndBeforeItExpires() {
        AccountId account = ContractAccounts.newAccount(accounts());
        String hash = newHash();
        resetTokens().save(account, hash, T, T.plus(LIFETIME));

        PasswordResetToken fresh = resetTokens().findByHashForUpdate(hash).orElseThrow();
        assertThat(fresh.usableAt(T.plus(LIFETIME).minusNanos(1000))).isTrue();
        assertThat(fresh.usableAt(T.plus(LIFETIME))).isFalse();

        resetTokens().markUsed(fresh.id(), T.plusSeconds(1));
        assertThat(resetTokens().findByHashForUpdate(hash).orElseThrow().usableAt(T.plusSeconds(2))).isFalse();
    }

    private Instant usedAt(String hash) {
        return resetTokens().findByHashForUpdate(hash).orElseThrow().usedAt();
    }

    private static String newHash() {
        return OpaqueTokens.hash(OpaqueTokens.newToken());
    }
}
