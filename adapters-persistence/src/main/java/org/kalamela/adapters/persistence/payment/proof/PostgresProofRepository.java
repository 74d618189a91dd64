package org.kalamela.adapters.persistence.payment.proof;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.proof.NewProof;
import org.kalamela.domain.payment.proof.Proof;
import org.kalamela.domain.payment.proof.ProofId;
import org.kalamela.domain.payment.proof.ProofRepository;

/** Proof records in {@code payment_proofs}; the files are in proof storage. */
@ApplicationScoped
public class PostgresProofRepository implements ProofRepository {

    private final ProofPanacheRepository proofs;

    @Inject
    PostgresProofRepository(ProofPanacheRepository proofs) {
        this.proofs = proofs;
    }

    @Override
    public Proof add(NewProof proof) {
        ProofEntity entity = ProofMapper.toEntity(proof);
        SchemaConstraints.writing(() -> {
            proofs.persist(entity);
            proofs.flush();
        });
        return ProofMapper.toDomain(entity);
    }

    @Override
    public Optional<Proof> find(ProofId id) {
        return proofs.findByIdOptional(id.value()).map(ProofMapper::toDomain);
    }

    @Override
    public List<Proof> ofPayment(PaymentId payment) {
        return proofs.list("paymentId", Sort.ascending("id"), payment.value()).stream().map(ProofMapper::toDomain)
                .toList();
    }
}
