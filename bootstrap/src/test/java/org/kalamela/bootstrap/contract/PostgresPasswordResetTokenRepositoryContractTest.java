package org.kalamela.bootstrap.contract;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.kalamela.application.identity.contract.PasswordResetTokenRepositoryContract;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.password.PasswordResetTokenRepository;

@QuarkusTest
@TestTransaction
class PostgresPasswordResetTokenRepositoryContractTest extends PasswordResetTokenRepositoryContract {

    @Inject
    PasswordResetTokenRepository resetTokens;

    @Inject
    AccountRepository accounts;

    @Override
    protected PasswordResetTokenRepository resetTokens() {
        return resetTokens;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
