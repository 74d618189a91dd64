/**
 * The Kalamela's fees on the shared payment machinery ({@code application.payment}): a district's account in
 * the current edition (dues from one count of its entries, paid from its approved payments), the payment for
 * its balance, the previews and the admin's list of Kalamela payments.
 */
package org.kalamela.application.festival.fees;
