package org.kalamela.adapters.persistence.registry.district;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code districts}, for {@link PostgresDistrictRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class DistrictPanacheRepository implements PanacheRepositoryBase<DistrictEntity, Long> {
}
