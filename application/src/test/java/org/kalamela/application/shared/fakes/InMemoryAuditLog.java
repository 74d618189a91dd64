package org.kalamela.application.shared.fakes;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditFilter;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.audit.AuditRecord;
import org.kalamela.domain.shared.audit.AuditTrail;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * The audit log in memory, written and read like the {@code audit_log} table: names cut to the column
 * widths, times kept to the microsecond, newest first with the later id first among equal times.
 */
public class InMemoryAuditLog implements AuditLog, AuditTrail {

    private static final Comparator<AuditRecord> NEWEST_FIRST = Comparator
            .comparing((AuditRecord r) -> r.entry().at()).reversed()
            .thenComparing(Comparator.comparingLong(AuditRecord::id).reversed());

    private final List<AuditRecord> records = new ArrayList<>();
    private long lastId;

    @Override
    public synchronized void record(AuditEntry entry) {
        AuditEntry stored = new AuditEntry(entry.actorId(), cut(entry.actorName(), 150), entry.action(),
                entry.targetType(), cut(entry.targetId(), 64), entry.at().truncatedTo(ChronoUnit.MICROS),
                entry.details());
        records.add(new AuditRecord(++lastId, stored));
    }

    @Override
    public synchronized Page<AuditRecord> find(AuditFilter filter, PageRequest page) {
        List<AuditRecord> matching = records.stream().filter(r -> matches(filter, r.entry()))
                .sorted(NEWEST_FIRST).toList();
        List<AuditRecord> items = matching.stream().skip(page.offset()).limit(page.size()).toList();
        return Page.of(items, page, matching.size());
    }

    /** Every entry in the order recorded. */
    public synchronized List<AuditEntry> entries() {
        return records.stream().map(AuditRecord::entry).toList();
    }

    public List<String> actions() {
        return entries().stream().map(AuditEntry::action).toList();
    }

    public long count(String action) {
        return entries().stream().filter(e -> e.action().equals(action)).count();
    }

    /** The last entry recorded with the action; fails when there is none. */
    public AuditEntry last(String action) {
        List<AuditEntry> all = entries();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).action().equals(action)) {
                return all.get(i);
            }
        }
        throw new AssertionError("no audit entry " + action + " among " + actions());
    }

    private static boolean matches(AuditFilter f, AuditEntry e) {
        return (f.actorName() == null || f.actorName().equals(e.actorName()))
                && (f.action() == null || f.action().equals(e.action()))
                && (f.from() == null || !e.at().isBefore(f.from()))
                && (f.to() == null || e.at().isBefore(f.to()));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
