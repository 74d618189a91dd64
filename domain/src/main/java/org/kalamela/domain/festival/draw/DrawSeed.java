package org.kalamela.domain.festival.draw;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The 256 random bits an order of appearance is drawn from, written as 64 lowercase hexadecimal digits: what
 * the draw records, prints and audits, so anyone holding it can replay the draw ({@link FairShuffle}). Drawn
 * from the operating system's secure generator, so nobody, the admin included, can choose or foresee it.
 */
public record DrawSeed(String hex) {

    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public DrawSeed {
        if (hex == null || !hex.matches("[0-9a-f]{" + 2 * BYTES + "}")) {
            throw new IllegalArgumentException("a draw's seed is 64 lowercase hexadecimal digits: " + hex);
        }
    }

    /** A fresh seed from the secure generator. */
    public static DrawSeed random() {
        byte[] bits = new byte[BYTES];
        RANDOM.nextBytes(bits);
        return new DrawSeed(HexFormat.of().formatHex(bits));
    }

    /** The seed's 32 bytes, in the order its digits write them. */
    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
