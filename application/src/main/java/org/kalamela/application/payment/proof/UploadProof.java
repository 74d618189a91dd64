package org.kalamela.application.payment.proof;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.payment.payment.PaymentDetails;
import org.kalamela.application.payment.payment.PaymentFinder;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentLocks;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.payment.payment.PaymentStep;
import org.kalamela.domain.payment.payment.PaymentWorkflow;
import org.kalamela.domain.payment.payment.SupersededPaymentPolicy;
import org.kalamela.domain.payment.proof.NewProof;
import org.kalamela.domain.payment.proof.ProofFileName;
import org.kalamela.domain.payment.proof.ProofLimits;
import org.kalamela.domain.payment.proof.ProofRepository;
import org.kalamela.domain.payment.proof.ProofStorage;
import org.kalamela.domain.payment.proof.StoredProof;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * The district's official uploads a proof for one of the district's payments awaiting one (or rejected, while
 * no newer payment of its scope exists): the move is checked first, so a refused upload stores nothing; the file
 * is recognised by its first bytes and streamed to storage under the 5 MiB limit; the payment moves to
 * {@code PROOF_SUBMITTED} and the proof is recorded (audited). A file stored by a transaction that then fails is
 * deleted again.
 */
@UseCase
public class UploadProof {

    private final PaymentFinder finder;
    private final PaymentRepository payments;
    private final PaymentLocks locks;
    private final ProofRepository proofs;
    private final ProofStorage storage;
    private final StoredProofCleanup cleanup;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public UploadProof(PaymentFinder finder, PaymentRepository payments, PaymentLocks locks, ProofRepository proofs,
                       ProofStorage storage, StoredProofCleanup cleanup, AuditLog audit, Clock clock) {
        this.finder = finder;
        this.payments = payments;
        this.locks = locks;
        this.proofs = proofs;
        this.storage = storage;
        this.cleanup = cleanup;
        this.audit = audit;
        this.clock = clock;
    }

    public record Command(PaymentId payment, PaymentPurpose purpose, ProofUpload upload) {
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} for a payment that is missing, of
     *         another purpose or of another district
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code ILLEGAL_PAYMENT_TRANSITION} when the payment
     *         awaits no proof (submitted or approved); {@code PAYMENT_SUPERSEDED} when it was rejected and the
     *         district has made a newer payment of its scope since
     * @throws org.kalamela.domain.shared.error.UnsupportedType {@code PROOF_TYPE_NOT_ALLOWED} for an empty file
     *         or one that is no PDF, PNG or JPEG
     * @throws org.kalamela.domain.shared.error.TooLarge {@code PROOF_TOO_LARGE} over 5 MiB
     */
    @Transactional
    public PaymentDetails execute(Command command, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        Payment payment = finder.lockVisible(command.payment(), command.purpose(), actor);
        PaymentWorkflow.next(payment.status(), PaymentStep.SUBMIT_PROOF);
        if (payment.status() == PaymentStatus.REJECTED) {
            // Under the scope's lock, as creations are: a newer payment made at the same time is either seen
            // here, or sees this one open again and is refused.
            locks.lockScope(payment.scope(), payment.district());
            SupersededPaymentPolicy.requireNotSuperseded(payment, payments.latest(payment.scope(), payment.district())
                    .map(Payment::id).orElse(payment.id()));
        }
        ProofLimits.CheckedProof checked = ProofLimits.check(command.upload().content());
        StoredProof stored = storage.store(checked.content());
        cleanup.deleteUnlessCommitted(stored.key());
        Instant now = clock.instant();
        Payment submitted = payment.proofSubmitted(actor.accountId(), now);
        payments.recordMove(submitted);
        String fileName = ProofFileName.sanitised(command.upload().fileName(), checked.type());
        proofs.add(new NewProof(payment.id(), stored, checked.type(), fileName, actor.accountId(), now));
        audit.record(AuditEntry.by(actor, "PAYMENT_PROOF_SUBMITTED", "payment", payment.id(), now, Map.of(
                "contentType", checked.type().mediaType(), "size", Long.toString(stored.size()),
                "fileName", fileName)));
        return finder.details(submitted);
    }
}
