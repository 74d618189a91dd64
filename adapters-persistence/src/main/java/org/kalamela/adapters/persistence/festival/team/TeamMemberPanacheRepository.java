package org.kalamela.adapters.persistence.festival.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code team_members}, for {@link PostgresTeamRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class TeamMemberPanacheRepository implements PanacheRepositoryBase<TeamMemberEntity, TeamMemberEntity.Key> {
}
