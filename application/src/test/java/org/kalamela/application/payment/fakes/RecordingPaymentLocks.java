package org.kalamela.application.payment.fakes;

import java.util.ArrayList;
import java.util.List;
import org.kalamela.domain.payment.payment.PaymentLocks;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.id.DistrictId;

/** Records which scopes were locked, in order; the tests run one request at a time, so nothing waits. */
public class RecordingPaymentLocks implements PaymentLocks {

    private final List<String> taken = new ArrayList<>();

    @Override
    public synchronized void lockScope(PaymentScope scope, DistrictId district) {
        taken.add(scope + "/district/" + district);
    }

    public synchronized List<String> taken() {
        return List.copyOf(taken);
    }
}
