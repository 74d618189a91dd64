package org.kalamela.adapters.persistence.registry.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code unit_registrations}, for {@link PostgresUnitRegistrationRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class UnitRegistrationPanacheRepository implements PanacheRepositoryBase<UnitRegistrationEntity, Long> {
}
