package org.kalamela.application.payment.fakes;

import org.kalamela.application.payment.contract.PaymentContractFixtures;
import org.kalamela.application.payment.contract.PaymentRepositoryContract;
import org.kalamela.application.payment.query.PaymentListReader;
import org.kalamela.domain.payment.payment.PaymentRepository;
import org.kalamela.domain.payment.proof.ProofRepository;
import org.kalamela.domain.shared.id.DistrictId;

class InMemoryPaymentRepositoryContractTest extends PaymentRepositoryContract {

    private final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    private final InMemoryProofRepository proofs = new InMemoryProofRepository();
    private final InMemoryPaymentListReader reader = new InMemoryPaymentListReader(payments, proofs);
    private long lastDistrict;

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
                // Editions are no rows here: a payment's scope names the year.
            }

            @Override
            public DistrictId givenDistrict(String name) {
                return DistrictId.of(++lastDistrict);
            }
        };
    }
}
