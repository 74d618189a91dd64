package org.kalamela.archfixture.domain.payment.proof;

/** Fixture: a proof, which belongs to a payment. */
public class FixtureProof {
}
