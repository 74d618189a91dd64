package org.kalamela.domain.shared.audit;

import java.time.Instant;
import org.kalamela.domain.shared.error.InvalidInput;

/** Filters for listing the audit log; every field is optional. {@code to} is exclusive. */
public record AuditFilter(String actorName, String action, Instant from, Instant to) {
    public AuditFilter {
        if (from != null && to != null && !from.isBefore(to)) {
            throw InvalidInput.field("from", "must be before 'to'");
        }
    }
}
