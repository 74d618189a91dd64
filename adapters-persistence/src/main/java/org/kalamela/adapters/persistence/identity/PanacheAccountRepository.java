package org.kalamela.adapters.persistence.identity;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.kalamela.domain.identity.Account;
import org.kalamela.domain.identity.AccountRepository;
import org.kalamela.domain.identity.NewAccount;
import org.kalamela.domain.shared.AccountId;

@ApplicationScoped
public class PanacheAccountRepository implements AccountRepository, PanacheRepositoryBase<AccountEntity, Long> {

    private final Clock clock;

    @Inject
    public PanacheAccountRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return findByIdOptional(id.value()).map(AccountMapper::toDomain);
    }

    @Override
    public Optional<Account> findByLogin(String login) {
        String lower = login.toLowerCase(Locale.ROOT);
        return find("lower(username) = ?1 or email = ?1 or phone = ?2", lower, login)
                .firstResultOptional().map(AccountMapper::toDomain);
    }

    @Override
    public boolean usernameTaken(String username) {
        return count("lower(username) = ?1", username.toLowerCase(Locale.ROOT)) > 0;
    }

    @Override
    public boolean emailTaken(String email) {
        return count("email = ?1", email.toLowerCase(Locale.ROOT)) > 0;
    }

    @Override
    public boolean phoneTaken(String phone) {
        return count("phone = ?1", phone) > 0;
    }

    @Override
    public AccountId create(NewAccount account) {
        AccountEntity entity = AccountMapper.toEntity(account, clock.instant());
        persist(entity);
        flush();
        return AccountId.of(entity.id);
    }

    @Override
    public void changePasswordHash(AccountId id, String passwordHash) {
        update("passwordHash = ?1 where id = ?2", passwordHash, id.value());
    }

    @Override
    public void setActive(AccountId id, boolean active) {
        update("active = ?1 where id = ?2", active, id.value());
    }
}
