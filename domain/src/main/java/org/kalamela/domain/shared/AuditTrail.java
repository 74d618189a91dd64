package org.kalamela.domain.shared;

/** Outbound port: reads the audit log back, newest first. */
public interface AuditTrail {
    Page<AuditRecord> find(AuditFilter filter, PageRequest page);
}
