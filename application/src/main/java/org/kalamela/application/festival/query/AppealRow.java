package org.kalamela.application.festival.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.appeal.AppealStatus;
import org.kalamela.domain.payment.payment.PaymentStatus;

/**
 * An appeal as the admin and the official list it and as its letter prints it: the event, the entry (chest
 * number or team code, the name(s), unit, district), who filed it and when, its status, the status of its fee
 * payment (none yet for a public appeal whose official has not opened it) and the decision's reply.
 */
public record AppealRow(long id, long eventId, String eventName, String codeLetter, Integer chestNumber,
                        String teamCode, List<String> names, String unitName, long districtId, String districtName,
                        boolean filedPublicly, String statement, Instant filedAt, AppealStatus status,
                        Optional<Long> feePaymentId, Optional<PaymentStatus> feePaymentStatus, String reply,
                        Instant decidedAt) {

    public AppealRow {
        names = List.copyOf(names);
        feePaymentId = feePaymentId == null ? Optional.empty() : feePaymentId;
        feePaymentStatus = feePaymentStatus == null ? Optional.empty() : feePaymentStatus;
    }
}
