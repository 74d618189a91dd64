package org.kalamela.domain.festival.certificate;

/**
 * Outbound port: where the bytes of a serial come from. Production uses {@link SecureRandomSource}; the port
 * exists so that a test can prove which source the serials are drawn from and script the bytes it hands out.
 */
@FunctionalInterface
public interface RandomSource {

    /** Fills the array with random bytes. */
    void nextBytes(byte[] bytes);
}
