package org.kalamela.adapters.persistence.shared.audit;

import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditRecord;
import org.kalamela.domain.shared.id.AccountId;

/** The one mapping between an {@code audit_log} row and an {@link AuditEntry} or {@link AuditRecord}. */
final class AuditLogMapper {

    private AuditLogMapper() {
    }

    /** Names and target ids longer than their columns are cut: an audit entry is never refused for its length. */
    static AuditLogEntity toEntity(AuditEntry entry) {
        AuditLogEntity e = new AuditLogEntity();
        e.actorId = entry.actorId() == null ? null : entry.actorId().value();
        e.actorName = truncate(entry.actorName(), 150);
        e.action = entry.action();
        e.targetType = entry.targetType();
        e.targetId = truncate(entry.targetId(), 64);
        e.at = entry.at();
        e.details = entry.details();
        return e;
    }

    static AuditRecord toRecord(AuditLogEntity e) {
        return new AuditRecord(e.id, new AuditEntry(e.actorId == null ? null : AccountId.of(e.actorId), e.actorName,
                e.action, e.targetType, e.targetId, e.at, e.details));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
