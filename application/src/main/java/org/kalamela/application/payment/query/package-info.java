/** The payments' read models: the admin's list of payments, filtered and paged. */
package org.kalamela.application.payment.query;
