package org.kalamela.adapters.persistence.shared.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Panache's queries on {@code audit_log}, for {@link PostgresAuditLog} alone:
 * the adapter wraps this bean, so none of Panache's methods become part of the port's implementation.
 */
@ApplicationScoped
class AuditLogPanacheRepository implements PanacheRepositoryBase<AuditLogEntity, Long> {
}
