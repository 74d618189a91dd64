package org.kalamela.domain.payment.payment;

import org.kalamela.domain.shared.id.DistrictId;

/**
 * Outbound port: serialises the creations of one district's payments of one scope until the calling
 * transaction ends, so that the one-open-payment rule is checked and written by one request at a time.
 */
public interface PaymentLocks {

    void lockScope(PaymentScope scope, DistrictId district);
}
