package org.kalamela.application.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Map;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * How every spreadsheet export ends: the export is audited ({@code action} on the target {@code export} named by
 * the file) before a byte is written, then the spreadsheet is streamed to the caller's stream. Recorded first on
 * purpose: an export that fails half-way has still handed data out, and the record says so. Runs in the calling
 * use case's transaction.
 */
@ApplicationScoped
public class AuditedExport {

    private final SpreadsheetWriter writer;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public AuditedExport(SpreadsheetWriter writer, AuditLog audit, Clock clock) {
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param fileName the file's name without extension, the audit entry's target
     * @param details what the export selected (edition, conference, district), for the audit entry
     */
    public void write(Actor actor, String action, String fileName, Map<String, String> details,
                      Spreadsheet spreadsheet, OutputStream out) {
        audit.record(AuditEntry.by(actor, action, "export", fileName, clock.instant(), details));
        writer.write(out, spreadsheet);
    }
}
