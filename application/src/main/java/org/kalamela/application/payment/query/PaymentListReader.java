package org.kalamela.application.payment.query;

import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** Read port: payments as the admin lists them, newest first (the later id first among equal times). */
public interface PaymentListReader {

    Page<PaymentRow> list(PaymentFilter filter, PageRequest page);
}
