/**
 * Uploading a proof to a payment (checked, streamed to storage, removed again when the transaction does not
 * commit) and downloading it as a stream.
 */
package org.kalamela.application.payment.proof;
