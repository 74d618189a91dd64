package org.kalamela.adapters.persistence.identity.lockout;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code login_throttles}, for {@link PostgresLoginThrottleRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class LoginThrottlePanacheRepository implements PanacheRepositoryBase<LoginThrottleEntity, LoginThrottleEntity.Key> {
}
