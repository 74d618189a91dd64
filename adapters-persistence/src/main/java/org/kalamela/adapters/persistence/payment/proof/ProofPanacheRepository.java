package org.kalamela.adapters.persistence.payment.proof;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache's queries on {@code payment_proofs}, for {@link PostgresProofRepository} alone. */
@ApplicationScoped
class ProofPanacheRepository implements PanacheRepositoryBase<ProofEntity, Long> {
}
