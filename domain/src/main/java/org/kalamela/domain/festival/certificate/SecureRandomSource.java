package org.kalamela.domain.festival.certificate;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The random source of production: the JDK's {@link SecureRandom} (the platform's cryptographic generator), so
 * that a serial cannot be predicted from others seen before, as {@link java.util.Random}'s could.
 */
public final class SecureRandomSource implements RandomSource {

    private final SecureRandom random;

    public SecureRandomSource(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public SecureRandomSource() {
        this(new SecureRandom());
    }

    /** The generator the bytes come from, for the test that proves it is a cryptographic one. */
    public SecureRandom random() {
        return random;
    }

    @Override
    public void nextBytes(byte[] bytes) {
        random.nextBytes(bytes);
    }
}
