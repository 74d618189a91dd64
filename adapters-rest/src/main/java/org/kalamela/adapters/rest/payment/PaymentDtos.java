package org.kalamela.adapters.rest.payment;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.payment.payment.PaymentDetails;
import org.kalamela.application.payment.query.PaymentRow;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentTransition;
import org.kalamela.domain.payment.proof.Proof;

/** The payment's JSON, the same for every purpose; money is a decimal string with two places. */
public final class PaymentDtos {

    private PaymentDtos() {
    }

    @Schema(name = "Payment", description = "A payment with its history (oldest first, the creation first) and "
            + "its proofs (oldest first)")
    public record PaymentDto(long id, String purpose, long scope, long districtId, String amount, String status,
                             Instant createdAt, List<TransitionDto> history, List<ProofDto> proofs) {

        public static PaymentDto of(PaymentDetails details) {
            Payment p = details.payment();
            return new PaymentDto(p.id().value(), p.scope().purpose().name(), p.scope().reference(),
                    p.district().value(), p.amount().toString(), p.status().name(), p.creation().at(),
                    p.history().stream().map(TransitionDto::of).toList(),
                    details.proofs().stream().map(ProofDto::of).toList());
        }
    }

    @Schema(name = "PaymentTransition", description = "One move: from (null for the creation), to, who, when, and "
            + "the reason of a rejection")
    public record TransitionDto(String from, String to, long actorId, Instant at, String reason) {

        static TransitionDto of(PaymentTransition t) {
            return new TransitionDto(t.from() == null ? null : t.from().name(), t.to().name(), t.actor().value(),
                    t.at(), t.reason());
        }
    }

    @Schema(name = "PaymentProof", description = "An uploaded proof: its checked type, size in bytes and the "
            + "uploader's file name (sanitised)")
    public record ProofDto(long id, String fileName, String contentType, long size, long uploadedBy,
                           Instant uploadedAt) {

        static ProofDto of(Proof p) {
            return new ProofDto(p.id().value(), p.fileName(), p.contentType().mediaType(), p.size(),
                    p.uploadedBy().value(), p.uploadedAt());
        }
    }

    @Schema(name = "PaymentRow", description = "A payment in the admin's list")
    public record PaymentRowDto(long id, long districtId, String districtName, String amount, String status,
                                Instant createdAt, Instant lastChangedAt, long proofs) {

        public static PaymentRowDto of(PaymentRow r) {
            return new PaymentRowDto(r.id().value(), r.districtId().value(), r.districtName(), r.amount().toString(),
                    r.status().name(), r.createdAt(), r.lastChangedAt(), r.proofs());
        }
    }

    @Schema(name = "DeclineRequest", description = "Why the proof is refused (1 to 1000 characters)")
    public record DeclineRequest(String reason) {
    }
}
