package org.kalamela.domain.festival.appeal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * An appeal the old app recorded, brought over by the legacy import (issue 17): recorded, not filed. Filing is
 * today's act, checked against the {@link AppealWindow} on the server's clock; an old appeal was filed years ago
 * under the old app's own check, against a result whose old publication time nobody kept, so the window is not
 * applied to it, and this is the one place that says so. Everything else an appeal is held to still holds: it
 * concerns an entry (or team) of the event's published result, it is the entry's only appeal, it is filed
 * publicly (the old app knew the appellant as a member, not an account) at its old time, and it reaches its old
 * status only through the state machine's moves, the importing admin standing in for the old admin.
 */
public final class HistoricalAppeal {

    private HistoricalAppeal() {
    }

    /**
     * The appeal to record, without the filing window.
     *
     * @param result the event's result in the edition, if any
     * @param inResult whether the performer has a part in that result (was drawn and marked)
     * @param alreadyFiled whether the performer has an appeal already
     * @throws RuleViolation {@code APPEAL_RESULT_NOT_PUBLISHED} when the result is not published or leaves the
     *         performer out, {@code APPEAL_ALREADY_FILED}
     */
    public static NewAppeal recorded(Optional<EventResult> result, boolean inResult, boolean alreadyFiled,
                                     EventId event, EditionYear edition, Performer performer, DistrictId district,
                                     AppealStatement statement, Instant filedAt) {
        if (result.flatMap(EventResult::publication).isEmpty() || !inResult) {
            throw new RuleViolation(ErrorCode.APPEAL_RESULT_NOT_PUBLISHED,
                    "The entry has no published result in the edition: there is nothing the old appeal concerns");
        }
        AppealFilingPolicy.checkFirst(alreadyFiled);
        return new NewAppeal(event, edition, performer, district, Optional.empty(), statement, filedAt);
    }

    /**
     * The recorded appeal moved to its old status along the state machine: the fee confirmed, then the decision
     * with the old reply. The entry's result before the decision is not known (the old app revised its marks in
     * place), so the decision records none.
     *
     * @param reply the old reply; required for a decided status
     */
    public static Appeal settled(Appeal recorded, AppealStatus status, Optional<AppealReply> reply, AccountId admin,
                                 Instant at) {
        Objects.requireNonNull(status, "status");
        if (status == AppealStatus.SUBMITTED) {
            return recorded;
        }
        Appeal confirmed = recorded.feeConfirmed(admin, at);
        return switch (status) {
            case FEE_CONFIRMED -> confirmed;
            case ACCEPTED -> confirmed.accepted(reply.orElseThrow(), admin, at, Optional.empty());
            case REJECTED -> confirmed.rejected(reply.orElseThrow(), admin, at, Optional.empty());
            case SUBMITTED -> throw new IllegalStateException("handled above");
        };
    }
}
