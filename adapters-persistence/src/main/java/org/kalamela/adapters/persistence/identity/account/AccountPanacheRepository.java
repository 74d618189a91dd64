package org.kalamela.adapters.persistence.identity.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code accounts}, for {@link PostgresAccountRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class AccountPanacheRepository implements PanacheRepositoryBase<AccountEntity, Long> {
}
