package org.kalamela.domain.shared.audit;

/** An audit entry as stored, with its id. */
public record AuditRecord(long id, AuditEntry entry) {
}
