package org.kalamela.domain.shared;

/** An audit entry as stored, with its id. */
public record AuditRecord(long id, AuditEntry entry) {
}
