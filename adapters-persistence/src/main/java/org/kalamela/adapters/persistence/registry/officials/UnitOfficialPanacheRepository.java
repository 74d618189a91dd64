package org.kalamela.adapters.persistence.registry.officials;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code unit_officials}, for {@link PostgresUnitOfficialsRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class UnitOfficialPanacheRepository implements PanacheRepositoryBase<UnitOfficialEntity, Long> {
}
