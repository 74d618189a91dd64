package org.kalamela.domain.identity;

import java.util.Optional;
import org.kalamela.domain.shared.AccountId;

/** Outbound port: the accounts that can sign in. */
public interface AccountRepository {

    Optional<Account> findById(AccountId id);

    /** Finds by username, email (case-insensitive) or phone: whatever the person typed to sign in. */
    Optional<Account> findByLogin(String usernameEmailOrPhone);

    boolean usernameTaken(String username);

    boolean emailTaken(String email);

    boolean phoneTaken(String phone);

    AccountId create(NewAccount account);

    void changePasswordHash(AccountId id, String passwordHash);

    void setActive(AccountId id, boolean active);
}
