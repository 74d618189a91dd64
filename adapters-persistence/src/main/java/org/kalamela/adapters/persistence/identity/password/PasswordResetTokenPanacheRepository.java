package org.kalamela.adapters.persistence.identity.password;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code password_reset_tokens}, for {@link PostgresPasswordResetTokenRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class PasswordResetTokenPanacheRepository implements PanacheRepositoryBase<PasswordResetTokenEntity, Long> {
}
