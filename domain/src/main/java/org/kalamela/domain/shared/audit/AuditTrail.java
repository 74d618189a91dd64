package org.kalamela.domain.shared.audit;

import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** Outbound port: reads the audit log back, newest first. */
public interface AuditTrail {
    Page<AuditRecord> find(AuditFilter filter, PageRequest page);
}
