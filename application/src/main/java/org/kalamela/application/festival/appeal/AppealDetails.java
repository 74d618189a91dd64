package org.kalamela.application.festival.appeal;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.application.festival.query.AppealRow;
import org.kalamela.application.payment.payment.PaymentDetails;
import org.kalamela.domain.festival.appeal.Appeal;

/**
 * An appeal as the admin and the district's official see it: its row (event, entry, names, unit, district),
 * the appeal itself (statement, status, fee confirmation, decision with the result it was taken on) and its fee
 * payment with the proofs, when one is opened.
 */
public record AppealDetails(AppealRow row, Appeal appeal, Optional<PaymentDetails> fee) {

    public AppealDetails {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(appeal, "appeal");
        Objects.requireNonNull(fee, "fee");
    }
}
