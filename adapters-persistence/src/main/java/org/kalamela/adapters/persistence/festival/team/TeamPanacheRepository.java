package org.kalamela.adapters.persistence.festival.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code teams}, for {@link PostgresTeamRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class TeamPanacheRepository implements PanacheRepositoryBase<TeamEntity, Long> {
}
