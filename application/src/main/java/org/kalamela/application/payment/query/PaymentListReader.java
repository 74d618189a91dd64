package org.kalamela.application.payment.query;

import java.util.Map;
import org.kalamela.application.export.RowSource;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** Read port: payments as the admin lists them, newest first (the later id first among equal times). */
public interface PaymentListReader {

    Page<PaymentRow> list(PaymentFilter filter, PageRequest page);

    /** Every payment the filter selects, in the list's order, streamed for an export. */
    RowSource<PaymentRow> all(PaymentFilter filter);

    /**
     * Every district's standing in the scope (approved sum and latest status), from one query whatever the
     * number of districts or payments; districts without a payment of the scope are absent.
     */
    Map<DistrictId, PaymentStanding> standings(PaymentScope scope);
}
