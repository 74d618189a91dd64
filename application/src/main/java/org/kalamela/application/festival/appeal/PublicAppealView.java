package org.kalamela.application.festival.appeal;

import java.time.Instant;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealStatus;
import org.kalamela.domain.shared.value.Money;

/** What a public appellant is told: the appeal's number, status and time, and the fee to pay; no member's data. */
public record PublicAppealView(long id, AppealStatus status, Instant filedAt, Money fee) {

    static PublicAppealView of(Appeal appeal, Money fee) {
        return new PublicAppealView(appeal.id().value(), appeal.status(), appeal.filedAt(), fee);
    }
}
