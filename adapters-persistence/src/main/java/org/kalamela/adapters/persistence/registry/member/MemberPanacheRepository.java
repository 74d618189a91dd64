package org.kalamela.adapters.persistence.registry.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code members}, for {@link PostgresMemberRepository} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class MemberPanacheRepository implements PanacheRepositoryBase<MemberEntity, Long> {
}
