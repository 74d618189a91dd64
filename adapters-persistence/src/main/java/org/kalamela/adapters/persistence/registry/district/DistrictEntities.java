package org.kalamela.adapters.persistence.registry.district;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache access to {@code districts}. Kept apart from {@link PanacheDistrictRepository} because the port's
 * {@code findAll()} returns domain districts and would clash with Panache's own {@code findAll()}.
 */
@ApplicationScoped
public class DistrictEntities implements PanacheRepositoryBase<DistrictEntity, Long> {
}
