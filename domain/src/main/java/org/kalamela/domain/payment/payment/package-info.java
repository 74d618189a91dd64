/**
 * The one payment model of every fee the diocese collects (the Kalamela's now; the conference's and the appeal
 * fee's with their issues): the payment of a district for a purpose and its scope, its statuses and the only
 * moves between them, each recorded with actor, time and reason, the one-open-payment rule and the ports.
 * Knows only {@code shared}; a purpose's own figures (what a district owes) live in its context.
 */
package org.kalamela.domain.payment.payment;
