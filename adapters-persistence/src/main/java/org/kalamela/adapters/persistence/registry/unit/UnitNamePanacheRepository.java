package org.kalamela.adapters.persistence.registry.unit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code units}, for {@link PostgresUnitNameRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class UnitNamePanacheRepository implements PanacheRepositoryBase<UnitNameEntity, Long> {
}
