package org.kalamela.application.identity.fakes;

import org.kalamela.domain.identity.password.PasswordHasher;

/**
 * A fast {@link PasswordHasher} with readable hashes: {@code fake$} and the password reversed. Hashes of an
 * older scheme, made by {@link #legacy(String)}, verify too but ask to be rehashed, as imported Django
 * hashes do. It counts verifications, so a test can see that an unknown account costs a check as well.
 */
public class FakePasswordHasher implements PasswordHasher {

    private static final String MODERN = "fake$";
    private static final String LEGACY = "legacy$";

    private int verifications;

    /** A stored hash of the older scheme for the password. */
    public static String legacy(String rawPassword) {
        return LEGACY + reversed(rawPassword);
    }

    @Override
    public String hash(String rawPassword) {
        return MODERN + reversed(rawPassword);
    }

    @Override
    public synchronized boolean verify(String rawPassword, String storedHash) {
        verifications++;
        return storedHash.equals(hash(rawPassword)) || storedHash.equals(legacy(rawPassword));
    }

    @Override
    public boolean needsRehash(String storedHash) {
        return storedHash.startsWith(LEGACY);
    }

    public synchronized int verifications() {
        return verifications;
    }

    private static String reversed(String s) {
        return new StringBuilder(s).reverse().toString();
    }
}
