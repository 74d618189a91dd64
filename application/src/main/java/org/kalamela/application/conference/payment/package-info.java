/**
 * The conference's fees paid with the shared payment machinery ({@code application.payment}): a district's
 * account for a conference (the fee for every delegate, less its approved payments), the official's payment for
 * the balance (idempotent), and the admin's list. Proofs, approval and decline are the shared use cases, called
 * with the purpose {@code CONFERENCE_FEES}. Depends on {@code query} and {@code conference}.
 */
package org.kalamela.application.conference.payment;
