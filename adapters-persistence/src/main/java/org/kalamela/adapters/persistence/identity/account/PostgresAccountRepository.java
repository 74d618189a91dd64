package org.kalamela.adapters.persistence.identity.account;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.PanachePages;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

@ApplicationScoped
public class PostgresAccountRepository implements AccountRepository {

    private final Clock clock;
    private final AccountPanacheRepository accounts;

    @Inject
    PostgresAccountRepository(Clock clock, AccountPanacheRepository accounts) {
        this.clock = clock;
        this.accounts = accounts;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return accounts.findByIdOptional(id.value()).map(AccountMapper::toDomain);
    }

    @Override
    public Optional<Account> findByLogin(String login) {
        String lower = login.toLowerCase(Locale.ROOT);
        return accounts.find("lower(username) = ?1 or email = ?1 or phone = ?2", lower, login)
                .firstResultOptional().map(AccountMapper::toDomain);
    }

    /**
     * In SQL rather than HQL: the first-admin check at every start asks this, and it was the start's only HQL
     * query, which made each start build Hibernate's HQL parser (about 500 classes and their compilation) for
     * one count; the parser is now built by the first request that needs it (docs/benchmarks.md, "Start-up").
     */
    @Override
    public boolean usernameTaken(String username) {
        return (Boolean) accounts.getEntityManager()
                .createNativeQuery("SELECT EXISTS (SELECT 1 FROM accounts WHERE lower(username) = ?1)")
                .setParameter(1, username.toLowerCase(Locale.ROOT))
                .getSingleResult();
    }

    @Override
    public boolean emailTaken(String email) {
        return accounts.count("email = ?1", email.toLowerCase(Locale.ROOT)) > 0;
    }

    @Override
    public boolean phoneTaken(String phone) {
        return accounts.count("phone = ?1", phone) > 0;
    }

    @Override
    public AccountId create(NewAccount account) {
        AccountEntity entity = AccountMapper.toEntity(account, clock.instant());
        return SchemaConstraints.translating(() -> {
            accounts.persist(entity);
            accounts.flush();
            return AccountId.of(entity.id);
        });
    }

    /**
     * Changes go through the managed entity, not a bulk update: a bulk update bypasses the persistence
     * context, and a later read of the account in the same transaction would return the old values.
     */
    @Override
    public void changePasswordHash(AccountId id, String passwordHash) {
        accounts.findByIdOptional(id.value()).ifPresent(e -> e.passwordHash = passwordHash);
    }

    @Override
    public void requirePasswordChange(AccountId id, boolean required) {
        accounts.findByIdOptional(id.value()).ifPresent(e -> e.passwordChangeRequired = required);
    }

    @Override
    public void setActive(AccountId id, boolean active) {
        SchemaConstraints.translating(() -> {
            accounts.findByIdOptional(id.value()).ifPresent(e -> e.active = active);
            accounts.flush();
            return null;
        });
    }

    @Override
    public Optional<Account> findActiveOfficial(DistrictId district) {
        return accounts.find("role = ?1 and districtId = ?2 and active = true", Role.DISTRICT_OFFICIAL.name(),
                        district.value())
                .firstResultOptional().map(AccountMapper::toDomain);
    }

    @Override
    public Page<Account> findByRole(Role role, DistrictId district, PageRequest page) {
        PanacheQuery<AccountEntity> query = district == null
                ? accounts.find("role = ?1", Sort.by("districtId").and("username"), role.name())
                : accounts.find("role = ?1 and districtId = ?2", Sort.by("username"), role.name(), district.value());
        return PanachePages.read(query, page, AccountMapper::toDomain);
    }
}
