package org.kalamela.application.payment.proof;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.payment.payment.PaymentFinder;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.payment.proof.Proof;
import org.kalamela.domain.payment.proof.ProofId;
import org.kalamela.domain.payment.proof.ProofRepository;
import org.kalamela.domain.payment.proof.ProofStorage;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;

/**
 * A proof's file, opened for streaming: any for the admin, the district's own for its official. The stream
 * outlives the transaction (it reads storage, not the database); the caller closes it.
 */
@UseCase
public class DownloadProof {

    private final PaymentFinder finder;
    private final ProofRepository proofs;
    private final ProofStorage storage;

    @Inject
    public DownloadProof(PaymentFinder finder, ProofRepository proofs, ProofStorage storage) {
        this.finder = finder;
        this.proofs = proofs;
        this.storage = storage;
    }

    public record Command(PaymentId payment, ProofId proof, PaymentPurpose purpose) {
    }

    /**
     * @throws NotFound {@code NOT_FOUND} for a payment that is missing, of another purpose or of another
     *         district, or a proof that is not the payment's; {@code PROOF_FILE_MISSING} for a recorded proof
     *         whose file the storage no longer holds
     */
    @Transactional
    public ProofDownload execute(Command command, Actor actor) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        Payment payment = finder.visible(command.payment(), command.purpose(), actor);
        Proof proof = proofs.find(command.proof()).filter(p -> p.payment().equals(payment.id()))
                .orElseThrow(() -> new NotFound("Proof", command.proof()));
        return new ProofDownload(proof.fileName(), proof.contentType().mediaType(), proof.size(),
                storage.open(proof.key()).orElseThrow(() -> new NotFound(ErrorCode.PROOF_FILE_MISSING, "Proof "
                        + proof.id() + " of payment " + payment.id() + " is recorded but its file is missing from "
                        + "the proof storage")));
    }
}
