package org.kalamela.application.migration.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.AppealPaymentRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.appeal.AppealRepository;
import org.kalamela.domain.festival.appeal.AppealStatus;
import org.kalamela.domain.payment.payment.NewPayment;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.value.Money;

/**
 * The old appeals' fee payments ({@code kalamela_appealpayements}, sic), as the appeal's {@code APPEAL_FEE}
 * payment of the shared payments, paid by the entry's district: the payment of an appeal still awaiting its fee
 * is {@code PROOF_SUBMITTED} (the old app took the fee and left it "Confirmation Pending" for the admin, who
 * confirms it as any appeal's fee), that of an appeal whose fee was confirmed or that was decided is
 * {@code APPROVED} by whom and when the fee was confirmed. The old app kept no proof file. A row of an
 * appeal that was not imported, a second row of an appeal, or an amount that is no payment is skipped.
 */
@ApplicationScoped
public class AppealPaymentsImport implements TableImport<AppealPaymentRow> {

    private final AppealRepository appeals;
    private final PaymentRepository payments;

    @Inject
    public AppealPaymentsImport(AppealRepository appeals, PaymentRepository payments) {
        this.appeals = appeals;
        this.payments = payments;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.APPEAL_PAYMENTS;
    }

    @Override
    public List<AppealPaymentRow> items(LegacySnapshot snapshot) {
        return snapshot.appealPayments().stream().sorted(Comparator.comparingLong(AppealPaymentRow::id)).toList();
    }

    @Override
    public long id(AppealPaymentRow item) {
        return item.id();
    }

    @Override
    public void load(AppealPaymentRow row, ImportBatch batch) {
        if (batch.importedBefore(row.id())) {
            return;
        }
        Optional<Appeal> appeal = batch.newId(LegacyTable.APPEALS, row.appealId())
                .flatMap(id -> appeals.find(AppealId.of(id)));
        if (appeal.isEmpty()) {
            batch.skipped(row.id(), "orphan: appeal " + row.appealId() + " was not imported");
            return;
        }
        PaymentScope scope = PaymentScope.appealFee(appeal.get().id().value());
        if (payments.latest(scope, appeal.get().district()).isPresent()) {
            batch.skipped(row.id(), "appeal " + row.appealId() + " already has its fee payment");
            return;
        }
        if (row.amount() == null || row.amount().signum() <= 0 || row.amount().stripTrailingZeros().scale() > 2) {
            batch.skipped(row.id(), "amount " + row.amount() + " is not a payment");
            return;
        }
        Instant at = row.createdOn() == null ? appeal.get().filedAt() : row.createdOn();
        var importer = batch.run().importer();
        Payment payment = payments.add(new NewPayment(scope, appeal.get().district(), new Money(row.amount()),
                importer, at)).proofSubmitted(importer, at);
        payments.recordMove(payment);
        if (appeal.get().status() != AppealStatus.SUBMITTED) {
            Appeal.FeeConfirmation confirmation = appeal.get().feeConfirmation().orElseThrow();
            payments.recordMove(payment.approved(confirmation.by(), confirmation.at()));
        }
        batch.imported(row.id(), payment.id().value());
    }
}
