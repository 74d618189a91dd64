package org.kalamela.adapters.persistence.festival;

import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The 64-bit key of a transaction-scoped advisory lock, derived from a readable scope such as
 * {@code festival/entries/2026/district/3/event/17/JUNIOR}: the first eight bytes of the scope's SHA-256.
 * Every instance of the application derives the same key from the same scope, which is what makes the lock
 * shared across instances; two scopes that happen to share a key only wait for each other (2^-64 odds).
 */
public record AdvisoryLockKey(String scope, long key) {

    public static AdvisoryLockKey of(String scope) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
            return new AdvisoryLockKey(scope, ByteBuffer.wrap(digest, 0, Long.BYTES).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Takes the lock for the rest of the current transaction ({@code pg_advisory_xact_lock}), waiting while
     * another transaction holds it; one statement. Taking it again in the same transaction returns at once.
     */
    public void acquire(EntityManager em) {
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)")
                .setParameter(1, key)
                .getSingleResult();
    }
}
