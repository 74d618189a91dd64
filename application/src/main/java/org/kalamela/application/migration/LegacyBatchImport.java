package org.kalamela.application.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.DomainException;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;

/**
 * The transactions of an import: one per batch of a table, so an interrupted run keeps what its committed
 * batches did and the next run resumes after them (the id map says which rows are in); or, for a dry run, one
 * around everything, rolled back at the end.
 */
@ApplicationScoped
public class LegacyBatchImport {

    private final LegacyIdMap idMap;
    private final EditionRepository editions;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    @Inject
    public LegacyBatchImport(LegacyIdMap idMap, EditionRepository editions, AccountRepository accounts,
                             AuditLog audit, TransactionSynchronizationRegistry transactions, Clock clock) {
        this.idMap = idMap;
        this.editions = editions;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The run's settings, checked before anything is read: the edition must exist (created with the old app's
     * chest-number series, see docs/operations.md) and the importer must be an active admin account.
     */
    @Transactional
    public LegacyRun begin(EditionYear edition, String importerLogin, String operator) {
        var target = editions.findByYear(edition).orElseThrow(() -> new NotFound("Edition", edition));
        Account importer = accounts.findByLogin(importerLogin)
                .filter(account -> account.role() == Role.ADMIN && account.active())
                .orElseThrow(() -> new NotFound(ErrorCode.NOT_FOUND,
                        "No active admin account '" + importerLogin + "' to import as"));
        return new LegacyRun(target, importer.id(), operator, clock.instant());
    }

    /** Loads one batch of a table in one transaction and records the rows it imported in the id map. */
    @Transactional
    public <I> LegacyImportReport.Tally load(TableImport<I> tableImport, List<I> items, LegacySnapshot snapshot,
                                             LegacyRun run) {
        ImportBatch batch = new ImportBatch(tableImport.table(), snapshot, run, idMap);
        for (I item : items) {
            try {
                tableImport.load(item, batch);
            } catch (DomainException | IllegalArgumentException refused) {
                // A value the new model refuses (a name too long, a field error): checked before any write,
                // so the transaction is still usable and the row is reported, not guessed at.
                batch.skipped(tableImport.id(item), "refused: " + refused.getMessage());
            }
        }
        Map<Long, Long> imported = batch.importedNow();
        if (!imported.isEmpty()) {
            idMap.remember(tableImport.table(), imported);
        }
        LegacyImportReport.Tally tally = batch.tally();
        audit.record(new AuditEntry(null, "command-line:" + run.operator(), "LEGACY_IMPORT",
                tableImport.table().djangoTable(), null, clock.instant(), Map.of(
                        "imported", Long.toString(tally.importedCount()),
                        "alreadyImported", Long.toString(tally.alreadyCount()),
                        "skipped", Long.toString(tally.skippedCount()))));
        return tally;
    }

    /** Runs the whole import in one transaction that is rolled back, so a dry run reports and keeps nothing. */
    @Transactional
    public LegacyImportReport inRolledBackTransaction(Supplier<LegacyImportReport> importAll) {
        try {
            return importAll.get();
        } finally {
            transactions.setRollbackOnly();
        }
    }
}
