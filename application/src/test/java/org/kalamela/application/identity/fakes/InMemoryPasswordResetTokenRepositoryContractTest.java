package org.kalamela.application.identity.fakes;

import org.kalamela.application.identity.contract.PasswordResetTokenRepositoryContract;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.password.PasswordResetTokenRepository;

class InMemoryPasswordResetTokenRepositoryContractTest extends PasswordResetTokenRepositoryContract {

    private final InMemoryPasswordResetTokenRepository resetTokens = new InMemoryPasswordResetTokenRepository();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();

    @Override
    protected PasswordResetTokenRepository resetTokens() {
        return resetTokens;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
