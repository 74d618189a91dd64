package org.kalamela.application.migration.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacyPayments;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.ConferencePaymentRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.id.AccountId;

/** The districts' conference payments, as fees of the imported conference ("PAID" approved, "NOT PAID" open). */
@ApplicationScoped
public class ConferencePaymentsImport implements TableImport<ConferencePaymentRow> {

    private final LegacyPayments payments;
    private final AccountRepository accounts;

    @Inject
    public ConferencePaymentsImport(LegacyPayments payments, AccountRepository accounts) {
        this.payments = payments;
        this.accounts = accounts;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.CONFERENCE_PAYMENTS;
    }

    @Override
    public List<ConferencePaymentRow> items(LegacySnapshot snapshot) {
        return snapshot.conferencePayments().stream()
                .sorted(Comparator.comparingLong(ConferencePaymentRow::id)).toList();
    }

    @Override
    public long id(ConferencePaymentRow item) {
        return item.id();
    }

    @Override
    public void load(ConferencePaymentRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<Long> conference = batch.newId(LegacyTable.CONFERENCES, row.conferenceId());
        if (conference.isEmpty()) {
            batch.skipped(row.id(), "orphan: conference " + row.conferenceId() + " was not imported");
            return;
        }
        Optional<Account> payer = batch.newId(LegacyTable.USERS, row.uploadedBy())
                .flatMap(id -> accounts.findById(AccountId.of(id)))
                .filter(account -> account.districtId() != null);
        if (payer.isEmpty()) {
            batch.skipped(row.id(), "orphan: payer " + row.uploadedBy() + " was not imported or has no district");
            return;
        }
        payments.load(row.id(), PaymentScope.conferenceFees(conference.get()), payer.get().districtId(),
                row.amount(), row.status(), row.proofPath(), payer.get().id(),
                row.date() == null ? batch.run().at() : row.date().atStartOfDay().toInstant(ZoneOffset.UTC), batch)
                .ifPresent(id -> batch.imported(row.id(), id));
    }
}
