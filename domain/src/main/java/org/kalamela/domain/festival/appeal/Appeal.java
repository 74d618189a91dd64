package org.kalamela.domain.festival.appeal;

import static org.kalamela.domain.festival.appeal.AppealStatus.ACCEPTED;
import static org.kalamela.domain.festival.appeal.AppealStatus.FEE_CONFIRMED;
import static org.kalamela.domain.festival.appeal.AppealStatus.REJECTED;
import static org.kalamela.domain.festival.appeal.AppealStatus.SUBMITTED;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * An appeal against one entry's (or team's) part of a published result, and its only moves: SUBMITTED →
 * FEE_CONFIRMED when the admin confirms the fee; FEE_CONFIRMED → ACCEPTED or REJECTED with a reply. Every other
 * move is refused with {@code ILLEGAL_APPEAL_TRANSITION}: a decision needs the fee, and a decision is final.
 *
 * @param filedBy the district official who filed it, or empty when filed publicly with the member's phone
 */
public record Appeal(AppealId id, EventId event, EditionYear edition, Performer performer, DistrictId district,
                     Optional<AccountId> filedBy, AppealStatement statement, Instant filedAt, AppealStatus status,
                     Optional<FeeConfirmation> feeConfirmation, Optional<AppealDecision> decision) {

    public Appeal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(performer, "performer");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(status, "status");
        filedBy = filedBy == null ? Optional.empty() : filedBy;
        feeConfirmation = feeConfirmation == null ? Optional.empty() : feeConfirmation;
        decision = decision == null ? Optional.empty() : decision;
        boolean decided = status == ACCEPTED || status == REJECTED;
        if (feeConfirmation.isPresent() == (status == SUBMITTED) || decision.isPresent() != decided
                || decision.isPresent() && decision.get().accepted() != (status == ACCEPTED)) {
            throw new IllegalArgumentException("inconsistent appeal " + id + ": " + status + ", fee "
                    + feeConfirmation + ", decision " + decision);
        }
    }

    /** When and by whom the admin confirmed the appeal's fee. */
    public record FeeConfirmation(AccountId by, Instant at) {

        public FeeConfirmation {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The decision, which the letter prints. */
    public AppealDecision requireDecision() {
        return decision.orElseThrow(() -> new RuleViolation(ErrorCode.APPEAL_NOT_DECIDED,
                "The appeal is " + status + ": there is no decision letter yet"));
    }

    public boolean filedPublicly() {
        return filedBy.isEmpty();
    }

    /** The admin has the fee: the appeal may now be decided. */
    public Appeal feeConfirmed(AccountId by, Instant at) {
        require(status == SUBMITTED, "have its fee confirmed");
        return new Appeal(id, event, edition, performer, district, filedBy, statement, filedAt, FEE_CONFIRMED,
                Optional.of(new FeeConfirmation(by, at)), Optional.empty());
    }

    /** The admin accepts the appeal: the fee is refunded and the event's result goes under appeal. */
    public Appeal accepted(AppealReply reply, AccountId by, Instant at, Optional<ResultBefore> before) {
        return decided(true, reply, by, at, before);
    }

    /** The admin rejects the appeal: the fee is kept. */
    public Appeal rejected(AppealReply reply, AccountId by, Instant at, Optional<ResultBefore> before) {
        return decided(false, reply, by, at, before);
    }

    private Appeal decided(boolean accept, AppealReply reply, AccountId by, Instant at, Optional<ResultBefore> before) {
        require(status == FEE_CONFIRMED, accept ? "be accepted" : "be rejected");
        AppealDecision made = new AppealDecision(accept, reply, by, at, accept ? FeeOutcome.REFUNDED : FeeOutcome.KEPT,
                before);
        return new Appeal(id, event, edition, performer, district, filedBy, statement, filedAt,
                accept ? ACCEPTED : REJECTED, feeConfirmation, Optional.of(made));
    }

    private void require(boolean allowed, String move) {
        if (!allowed) {
            String why = status == SUBMITTED ? ": its fee is not confirmed yet"
                    : status.isPending() ? "" : ": it is decided";
            throw new RuleViolation(ErrorCode.ILLEGAL_APPEAL_TRANSITION,
                    "The appeal is " + status + " and cannot " + move + why);
        }
    }
}
