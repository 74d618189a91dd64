package org.kalamela.application.payment.contract;

import org.kalamela.domain.shared.id.DistrictId;

/**
 * The rows a payment contract needs before it runs (foreign keys): the fakes' runner has nothing to store,
 * the PostgreSQL runner inserts them. Accounts 1 to 7 exist in both.
 */
public interface PaymentContractFixtures {

    /** The edition of that year exists (a Kalamela payment's scope). */
    void givenEdition(int year);

    DistrictId givenDistrict(String name);
}
