package org.kalamela.domain.festival.appeal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Maps an old appeal's status, with its fee payment's, to a status of the appeal's state machine (issue 17). The
 * old app filed an appeal with its fee "Confirmation Pending", and the admin's action replied, set the appeal
 * "Approved" and updated the fee's status. So: an old appeal still pending is {@code SUBMITTED}, or
 * {@code FEE_CONFIRMED} when its fee was confirmed; an approved (accepted) or rejected (declined) one is decided,
 * which in the new model took a confirmed fee first and needs the admin's reply. Spaces and case do not matter.
 * Everything else cannot be placed in the state machine and is refused with the reason.
 */
public final class LegacyAppealStatus {

    private static final Set<String> PENDING = Set.of("pending", "confirmation pending", "submitted");
    private static final Set<String> ACCEPTED = Set.of("approved", "accepted");
    private static final Set<String> REJECTED = Set.of("rejected", "declined");
    private static final Set<String> FEE_PENDING = Set.of("pending", "confirmation pending");
    private static final Set<String> FEE_CONFIRMED = Set.of("paid", "confirmed", "payment confirmed", "approved");

    private LegacyAppealStatus() {
    }

    /** The status the old appeal takes, or why it cannot be mapped; never both. */
    public record Mapping(Optional<AppealStatus> status, String refusal) {

        public Mapping {
            Objects.requireNonNull(status, "status");
            if (status.isPresent() == (refusal != null)) {
                throw new IllegalArgumentException("a mapping gives a status or a reason, not both");
            }
        }

        static Mapping to(AppealStatus status) {
            return new Mapping(Optional.of(status), null);
        }

        static Mapping refused(String reason) {
            return new Mapping(Optional.empty(), reason);
        }
    }

    /**
     * @param appealStatus the old {@code kalamela_appeal.status}
     * @param feeStatus the old {@code payment_status} of the appeal's (latest) fee payment, empty when it has none
     * @param replied whether the old appeal has a reply that is not blank
     */
    public static Mapping map(String appealStatus, Optional<String> feeStatus, boolean replied) {
        String status = normalized(appealStatus);
        Optional<String> fee = feeStatus.map(LegacyAppealStatus::normalized);
        if (fee.isPresent() && !FEE_PENDING.contains(fee.get()) && !FEE_CONFIRMED.contains(fee.get())) {
            return Mapping.refused("unknown appeal fee status '" + feeStatus.orElseThrow().strip() + "'");
        }
        if (PENDING.contains(status)) {
            return Mapping.to(fee.filter(FEE_CONFIRMED::contains).isPresent() ? AppealStatus.FEE_CONFIRMED
                    : AppealStatus.SUBMITTED);
        }
        boolean accepted = ACCEPTED.contains(status);
        if (accepted || REJECTED.contains(status)) {
            return replied ? Mapping.to(accepted ? AppealStatus.ACCEPTED : AppealStatus.REJECTED)
                    : Mapping.refused("the appeal was decided without a reply, which a decision needs");
        }
        return Mapping.refused("unknown appeal status '" + (appealStatus == null ? "" : appealStatus.strip()) + "'");
    }

    private static String normalized(String status) {
        return status == null ? "" : status.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
