package org.kalamela.adapters.persistence.festival.edition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code editions}, for {@link PostgresEditionRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class EditionPanacheRepository implements PanacheRepositoryBase<EditionEntity, Integer> {
}
