package org.kalamela.application.conference.payment;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.export.AuditedExport;
import org.kalamela.application.export.ColumnSpec;
import org.kalamela.application.export.SheetSpec;
import org.kalamela.application.export.Spreadsheet;
import org.kalamela.application.payment.query.PaymentFilter;
import org.kalamela.application.payment.query.PaymentListReader;
import org.kalamela.application.payment.query.PaymentRow;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * The admin exports a conference's payments as XLSX: a sheet "Payments" with every district's payments of the
 * conference's fees, newest first (district, amount, status, created, last move, number of proofs), as the
 * payments list shows them. Streamed from the read port; audited before anything is written.
 */
@UseCase
public class ExportConferencePayments {

    private static final List<ColumnSpec<PaymentRow>> COLUMNS = List.of(
            ColumnSpec.number("Payment", row -> row.id().value()),
            ColumnSpec.text("District", PaymentRow::districtName),
            ColumnSpec.money("Amount", PaymentRow::amount),
            ColumnSpec.text("Status", row -> row.status().name()),
            ColumnSpec.text("Created (UTC)", row -> row.createdAt().toString()),
            ColumnSpec.text("Last change (UTC)", row -> row.lastChangedAt().toString()),
            ColumnSpec.number("Proofs", PaymentRow::proofs));

    private final ConferenceLookup conferences;
    private final PaymentListReader payments;
    private final AuditedExport exports;

    @Inject
    public ExportConferencePayments(ConferenceLookup conferences, PaymentListReader payments, AuditedExport exports) {
        this.conferences = conferences;
        this.payments = payments;
        this.exports = exports;
    }

    /** The file name without extension: {@code conference-3-payments}. */
    public static String fileName(ConferenceId id) {
        return "conference-" + id + "-payments";
    }

    /** @throws org.kalamela.domain.shared.error.NotFound for an unknown conference */
    @Transactional
    public void execute(ConferenceId id, Actor actor, OutputStream out) {
        actor.require(Role.ADMIN);
        conferences.require(id);
        exports.write(actor, "EXPORT_CONFERENCE_PAYMENTS", fileName(id), Map.of("conference", id.toString()),
                Spreadsheet.of(new SheetSpec<>("Payments", COLUMNS, payments.all(new PaymentFilter(
                        ConferencePayments.scopeOf(id), Optional.empty(), Optional.empty())))), out);
    }
}
