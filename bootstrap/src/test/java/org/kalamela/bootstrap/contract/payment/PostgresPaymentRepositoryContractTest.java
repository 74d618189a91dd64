package org.kalamela.bootstrap.contract.payment;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kalamela.application.payment.contract.PaymentContractFixtures;
import org.kalamela.application.payment.contract.PaymentRepositoryContract;
import org.kalamela.application.payment.query.PaymentListReader;
import org.kalamela.bootstrap.contract.festival.ContractTransaction;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.proof.ProofRepository;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The payment contract against PostgreSQL, in the festival contracts' rolled-back transaction (which empties
 * the editions and, by cascade, the payments).
 */
@QuarkusTest
class PostgresPaymentRepositoryContractTest extends PaymentRepositoryContract {

    private static final RegistrationWindow WINDOW =
            new RegistrationWindow(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

    @Inject
    EntityManager em;

    @Inject
    EditionRepository editions;

    @Inject
    PaymentRepository payments;

    @Inject
    ProofRepository proofs;

    @Inject
    PaymentListReader reader;

    @BeforeEach
    void beginTransaction() {
        ContractTransaction.ensure(em);
    }

    @AfterEach
    void rollBack() {
        ContractTransaction.rollBack();
    }

    @Override
    protected PaymentRepository payments() {
        return payments;
    }

    @Override
    protected ProofRepository proofs() {
        return proofs;
    }

    @Override
    protected PaymentListReader reader() {
        return reader;
    }

    @Override
    protected PaymentContractFixtures fixtures() {
        return new PaymentContractFixtures() {
            @Override
            public void givenEdition(int year) {
                ContractTransaction.ensure(em);
                if (editions.findByYear(EditionYear.of(year)).isEmpty()) {
                    editions.create(new Edition(EditionYear.of(year), FestivalRules.defaults2026(), WINDOW));
                }
            }

            @Override
            public DistrictId givenDistrict(String name) {
                ContractTransaction.ensure(em);
                return DistrictId.of(((Number) em.createNativeQuery(
                                "INSERT INTO districts (name) VALUES (?1) RETURNING id")
                        .setParameter(1, name + " " + UUID.randomUUID()).getSingleResult()).longValue());
            }
        };
    }
}
