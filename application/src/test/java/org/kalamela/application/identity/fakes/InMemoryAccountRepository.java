package org.kalamela.application.identity.fakes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * Accounts in memory, refusing what the unique indexes of the {@code accounts} table refuse, with the same
 * codes as the adapter: a username taken in any letter case, a taken email or phone, a second account of a
 * unit, a second active official of a district. A refused write throws and changes nothing.
 */
public class InMemoryAccountRepository implements AccountRepository {

    private final Map<AccountId, Account> accounts = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Optional<Account> findById(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public synchronized Optional<Account> findByLogin(String login) {
        String lower = login.toLowerCase(Locale.ROOT);
        return accounts.values().stream()
                .filter(a -> a.username().toLowerCase(Locale.ROOT).equals(lower) || lower.equals(a.email())
                        || login.equals(a.phone()))
                .findFirst();
    }

    @Override
    public synchronized boolean usernameTaken(String username) {
        String lower = username.toLowerCase(Locale.ROOT);
        return accounts.values().stream().anyMatch(a -> a.username().toLowerCase(Locale.ROOT).equals(lower));
    }

    @Override
    public synchronized boolean emailTaken(String email) {
        String lower = email.toLowerCase(Locale.ROOT);
        return accounts.values().stream().anyMatch(a -> lower.equals(a.email()));
    }

    @Override
    public synchronized boolean phoneTaken(String phone) {
        return accounts.values().stream().anyMatch(a -> phone.equals(a.phone()));
    }

    @Override
    public synchronized AccountId create(NewAccount a) {
        fits(a.username(), 64, "username");
        fits(a.email(), 254, "email");
        fits(a.phone(), 20, "phone");
        fits(a.displayName(), 150, "display_name");
        fits(a.passwordHash(), 255, "password_hash");
        refuse(usernameTaken(a.username()), ErrorCode.USERNAME_IN_USE);
        refuse(a.email() != null && emailTaken(a.email()), ErrorCode.EMAIL_IN_USE);
        refuse(a.phone() != null && phoneTaken(a.phone()), ErrorCode.PHONE_IN_USE);
        refuse(a.role() == Role.UNIT && accounts.values().stream()
                .anyMatch(o -> o.role() == Role.UNIT && Objects.equals(o.unitId(), a.unitId())),
                ErrorCode.UNIT_ALREADY_REGISTERED);
        refuse(a.role() == Role.DISTRICT_OFFICIAL && findActiveOfficial(a.districtId()).isPresent(),
                ErrorCode.DISTRICT_OFFICIAL_EXISTS);
        AccountId id = AccountId.of(++lastId);
        accounts.put(id, new Account(id, a.username(), a.email(), a.phone(), a.displayName(), a.passwordHash(),
                a.role(), a.districtId(), a.unitId(), true, a.passwordChangeRequired()));
        return id;
    }

    @Override
    public synchronized void changePasswordHash(AccountId id, String passwordHash) {
        fits(passwordHash, 255, "password_hash");
        accounts.computeIfPresent(id, (k, a) -> new Account(a.id(), a.username(), a.email(), a.phone(),
                a.displayName(), passwordHash, a.role(), a.districtId(), a.unitId(), a.active(),
                a.passwordChangeRequired()));
    }

    @Override
    public synchronized void requirePasswordChange(AccountId id, boolean required) {
        accounts.computeIfPresent(id, (k, a) -> new Account(a.id(), a.username(), a.email(), a.phone(),
                a.displayName(), a.passwordHash(), a.role(), a.districtId(), a.unitId(), a.active(), required));
    }

    @Override
    public synchronized void setActive(AccountId id, boolean active) {
        Account account = accounts.get(id);
        refuse(account != null && active && !account.active() && account.role() == Role.DISTRICT_OFFICIAL
                && findActiveOfficial(account.districtId()).isPresent(), ErrorCode.DISTRICT_OFFICIAL_EXISTS);
        accounts.computeIfPresent(id, (k, a) -> new Account(a.id(), a.username(), a.email(), a.phone(),
                a.displayName(), a.passwordHash(), a.role(), a.districtId(), a.unitId(), active,
                a.passwordChangeRequired()));
    }

    @Override
    public synchronized Optional<Account> findActiveOfficial(DistrictId district) {
        return accounts.values().stream()
                .filter(a -> a.role() == Role.DISTRICT_OFFICIAL && a.active() && district.equals(a.districtId()))
                .findFirst();
    }

    /** Ordered like PostgreSQL orders them: accounts without a district last, then by username. */
    @Override
    public synchronized Page<Account> findByRole(Role role, DistrictId district, PageRequest page) {
        List<Account> matching = accounts.values().stream()
                .filter(a -> a.role() == role && (district == null || district.equals(a.districtId())))
                .sorted(Comparator.comparing((Account a) -> a.districtId() == null ? null : a.districtId().value(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Account::username))
                .toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).toList(), page, matching.size());
    }

    private static void refuse(boolean violated, ErrorCode code) {
        if (violated) {
            throw new RuleViolation(code, "refused like the unique index behind " + code);
        }
    }

    private static void fits(String value, int width, String column) {
        if (value != null && value.length() > width) {
            throw new IllegalStateException("value too long for accounts." + column + " (" + width + ")");
        }
    }
}
