package org.kalamela.application.migration.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacyPayments;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.KalamelaPaymentRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.id.AccountId;

/** The districts' Kalamela payments ({@code kalamela_kalamelapayements}), as fees of the run's edition. */
@ApplicationScoped
public class KalamelaPaymentsImport implements TableImport<KalamelaPaymentRow> {

    private final LegacyPayments payments;
    private final AccountRepository accounts;

    @Inject
    public KalamelaPaymentsImport(LegacyPayments payments, AccountRepository accounts) {
        this.payments = payments;
        this.accounts = accounts;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.KALAMELA_PAYMENTS;
    }

    @Override
    public List<KalamelaPaymentRow> items(LegacySnapshot snapshot) {
        return snapshot.kalamelaPayments().stream().sorted(Comparator.comparingLong(KalamelaPaymentRow::id)).toList();
    }

    @Override
    public long id(KalamelaPaymentRow item) {
        return item.id();
    }

    @Override
    public void load(KalamelaPaymentRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<Account> payer = batch.newId(LegacyTable.USERS, row.paidBy())
                .flatMap(id -> accounts.findById(AccountId.of(id)))
                .filter(account -> account.districtId() != null);
        if (payer.isEmpty()) {
            batch.skipped(row.id(), "orphan: payer " + row.paidBy() + " was not imported or has no district");
            return;
        }
        payments.load(row.id(), PaymentScope.kalamelaFees(batch.run().edition().year().value()),
                payer.get().districtId(), row.amount(), row.status(), row.proofPath(), payer.get().id(),
                row.createdOn() == null ? batch.run().at() : row.createdOn(), batch)
                .ifPresent(id -> batch.imported(row.id(), id));
    }
}
