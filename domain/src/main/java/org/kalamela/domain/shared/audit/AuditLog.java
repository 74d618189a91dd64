package org.kalamela.domain.shared.audit;

/** Outbound port: records an action in the audit log, inside the acting use case's transaction. */
public interface AuditLog {
    void record(AuditEntry entry);
}
