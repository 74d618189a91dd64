package org.kalamela.archfixture.domain.payment.payment;

import org.kalamela.archfixture.domain.payment.proof.FixtureProof;

/** Fixture: the payment, the lowest payment package, reaching up to its proofs. */
public class PaymentKnowingProofs {
    FixtureProof proof;
}
