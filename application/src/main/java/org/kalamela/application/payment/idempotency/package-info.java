/**
 * Creations that are safe to retry ({@code Idempotency-Key}, API.md): per account and key, the fingerprint of
 * the first request and what it created are remembered (in PostgreSQL, so every instance sees them); the same
 * request again gets the same resource, another request with the key is refused, and parallel requests with
 * one key run one after the other.
 */
package org.kalamela.application.payment.idempotency;
