/**
 * What a district owes for the Kalamela and where its account stands: the fees of its current entries at the
 * edition's rates ({@link org.kalamela.domain.festival.fees.FeeSchedule}), what its approved payments paid,
 * the balance or credit ({@link org.kalamela.domain.festival.fees.KalamelaAccount}), and the one-query count
 * of its entries. The payments themselves are the {@code payment} context's. Depends on {@code edition}.
 */
package org.kalamela.domain.festival.fees;
