package org.kalamela.adapters.persistence.shared.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.kalamela.adapters.persistence.shared.PanachePages;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditFilter;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.audit.AuditRecord;
import org.kalamela.domain.shared.audit.AuditTrail;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** Writes audit entries in the acting use case's transaction, and reads them back for admins. */
@ApplicationScoped
public class PostgresAuditLog implements AuditLog, AuditTrail {

    private final AuditLogPanacheRepository entries;

    @Inject
    PostgresAuditLog(AuditLogPanacheRepository entries) {
        this.entries = entries;
    }

    @Override
    public void record(AuditEntry entry) {
        entries.persist(AuditLogMapper.toEntity(entry));
    }

    @Override
    public Page<AuditRecord> find(AuditFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.actorName() != null) {
            conditions.add("actorName = :actor");
            params.and("actor", filter.actorName());
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
            params.and("action", filter.action());
        }
        if (filter.from() != null) {
            conditions.add("at >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("at < :to");
            params.and("to", filter.to());
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return PanachePages.read(entries.find(where, Sort.descending("at", "id"), params), page,
                AuditLogMapper::toRecord);
    }
}
