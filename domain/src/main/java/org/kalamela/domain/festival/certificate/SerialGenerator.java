package org.kalamela.domain.festival.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Draws serials: 20 random bytes (160 bits) from the random source, written as 32 characters of Crockford's
 * base32, five bits each, so every character of the alphabet is equally likely in every place. Random rather
 * than sequential: a sequential serial would let anyone list every certificate by counting (ADR-19).
 */
public final class SerialGenerator {

    static final int BYTES = 20;

    private final RandomSource source;

    public SerialGenerator(RandomSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The generator of production, over the platform's cryptographic random generator. */
    public static SerialGenerator secure() {
        return new SerialGenerator(new SecureRandomSource());
    }

    /** Where the bytes come from. */
    public RandomSource source() {
        return source;
    }

    public CertificateSerial next() {
        byte[] bytes = new byte[BYTES];
        source.nextBytes(bytes);
        return new CertificateSerial(base32(bytes));
    }

    /** As many serials as asked for, in one go: a publication draws one per certificate it issues. */
    public List<CertificateSerial> next(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("cannot draw " + count + " serials");
        }
        List<CertificateSerial> serials = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            serials.add(next());
        }
        return serials;
    }

    /** Crockford's base32 of the bytes, most significant bits first (20 bytes give exactly 32 characters). */
    static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length * 8 / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                text.append(CertificateSerial.ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return text.toString();
    }
}
