package org.kalamela.domain.identity.account;

import java.util.Optional;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** Outbound port: the accounts that can sign in. */
public interface AccountRepository {

    Optional<Account> findById(AccountId id);

    /** Finds by username, email (case-insensitive) or phone: whatever the person typed to sign in. */
    Optional<Account> findByLogin(String usernameEmailOrPhone);

    boolean usernameTaken(String username);

    boolean emailTaken(String email);

    boolean phoneTaken(String phone);

    /**
     * Stores a new active account. Refuses with a {@code RuleViolation} what the database's unique indexes
     * refuse: {@code USERNAME_IN_USE}, {@code EMAIL_IN_USE}, {@code PHONE_IN_USE},
     * {@code UNIT_ALREADY_REGISTERED}, {@code DISTRICT_OFFICIAL_EXISTS}.
     */
    AccountId create(NewAccount account);

    /** Replaces the stored hash (a new password, or the same password hashed anew); the flag is unchanged. */
    void changePasswordHash(AccountId id, String passwordHash);

    /** Marks or clears that the owner must replace the password before doing anything else. */
    void requirePasswordChange(AccountId id, boolean required);

    void setActive(AccountId id, boolean active);

    /** The active district official of the district, if any. */
    Optional<Account> findActiveOfficial(DistrictId district);

    /** Accounts of a role, optionally of one district, ordered by district then username. */
    Page<Account> findByRole(Role role, DistrictId district, PageRequest page);
}
