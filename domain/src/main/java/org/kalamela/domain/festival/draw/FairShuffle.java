package org.kalamela.domain.festival.draw;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Fisher-Yates shuffle driven by SHA-256 of a {@link DrawSeed} in counter mode, specified here exactly so
 * that anyone can replay a draw with any SHA-256 (ADR "The draw's fairness"):
 * <ol>
 *   <li>The stream of random words: block {@code k} (k = 0, 1, 2, ...) is SHA-256 of the seed's 32 bytes
 *   followed by {@code k} as an 8-byte big-endian integer; each block gives eight unsigned 32-bit big-endian
 *   words, used in order.</li>
 *   <li>A number below {@code bound}: the next word {@code w}, redrawn while {@code w >= 2^32 - (2^32 mod
 *   bound)}, then {@code w mod bound}. The rejection keeps every number equally likely (a plain modulo would
 *   favour the small ones).</li>
 *   <li>The shuffle: for {@code i} from {@code n - 1} down to 1, swap place {@code i} with place
 *   {@code j}, a number below {@code i + 1}.</li>
 * </ol>
 * With 256 bits of seed every order of up to 57 performers can come out (57! &lt; 2^256), each as likely as
 * the others up to SHA-256's quality; {@link java.util.Random}'s 48 bits could not reach most orders of 17 or
 * more.
 */
public final class FairShuffle {

    private static final long WORDS = 1L << 32;

    private final byte[] seed;
    private long block;
    private ByteBuffer words = ByteBuffer.allocate(0);

    private FairShuffle(DrawSeed seed) {
        this.seed = seed.bytes();
    }

    /** The items in the order the seed gives them: a new list, the given one untouched. */
    public static <T> List<T> shuffle(List<T> items, DrawSeed seed) {
        List<T> order = new ArrayList<>(items);
        FairShuffle random = new FairShuffle(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.below(i + 1);
            T swapped = order.get(i);
            order.set(i, order.get(j));
            order.set(j, swapped);
        }
        return order;
    }

    /** A number from 0 to {@code bound - 1}, each equally likely. */
    int below(int bound) {
        long limit = WORDS - WORDS % bound;
        long word;
        do {
            word = nextWord();
        } while (word >= limit);
        return (int) (word % bound);
    }

    private long nextWord() {
        if (!words.hasRemaining()) {
            words = ByteBuffer.wrap(sha256(ByteBuffer.allocate(DrawSeed.BYTES + Long.BYTES).put(seed)
                    .putLong(block++).array()));
        }
        return Integer.toUnsignedLong(words.getInt());
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
