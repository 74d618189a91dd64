package org.kalamela.adapters.security.password;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.kalamela.domain.identity.password.PasswordHasher;

/**
 * Argon2id (OWASP's first choice: 19 MiB, 2 passes, 1 lane) in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, by Bouncy Castle. Hashes imported from the old Django
 * app verify through {@link DjangoPbkdf2} and are reported as needing a rehash, so the first successful
 * sign-in replaces them.
 */
@ApplicationScoped
public class Argon2PasswordHasher implements PasswordHasher {

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final String PREFIX = "$argon2id$v=19$";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    /**
     * At most one hash per core at a time: each holds 19 MiB, and more hashes than cores only share the same
     * CPU while their memory piles up (measured in docs/benchmarks.md: 8 parallel sign-ins on 2 cores spent
     * a tenth of their time in garbage collection). Extra sign-ins wait their turn instead.
     */
    private final Semaphore slots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    @Override
    public String hash(String rawPassword) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2(rawPassword, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return PREFIX + "m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$" + B64.encodeToString(salt)
                + "$" + B64.encodeToString(hash);
    }

    @Override
    public boolean verify(String rawPassword, String storedHash) {
        if (rawPassword == null || storedHash == null) {
            return false;
        }
        if (DjangoPbkdf2.matchesFormat(storedHash)) {
            return DjangoPbkdf2.verify(rawPassword, storedHash);
        }
        Phc phc = Phc.parse(storedHash);
        if (phc == null) {
            return false;
        }
        byte[] actual = argon2(rawPassword, phc.salt, phc.memory, phc.iterations, phc.parallelism, phc.hash.length);
        return MessageDigest.isEqual(actual, phc.hash);
    }

    @Override
    public boolean needsRehash(String storedHash) {
        Phc phc = Phc.parse(storedHash);
        return phc == null || phc.memory != MEMORY_KIB || phc.iterations != ITERATIONS
                || phc.parallelism != PARALLELISM;
    }

    private byte[] argon2(String password, byte[] salt, int memory, int iterations, int parallelism, int length) {
        slots.acquireUninterruptibly();
        try {
            return computeArgon2(password, salt, memory, iterations, parallelism, length);
        } finally {
            slots.release();
        }
    }

    private static byte[] computeArgon2(String password, byte[] salt, int memory, int iterations, int parallelism,
                                        int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memory)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    /** A parsed {@code $argon2id$v=19$m=..,t=..,p=..$salt$hash}; null when the text is not one. */
    private record Phc(int memory, int iterations, int parallelism, byte[] salt, byte[] hash) {
        static Phc parse(String text) {
            if (text == null || !text.startsWith(PREFIX)) {
                return null;
            }
            String[] parts = text.substring(PREFIX.length()).split("\\$");
            if (parts.length != 3) {
                return null;
            }
            try {
                int m = 0;
                int t = 0;
                int p = 0;
                for (String param : parts[0].split(",")) {
                    String[] kv = param.split("=", 2);
                    int value = Integer.parseInt(kv[1]);
                    switch (kv[0]) {
                        case "m" -> m = value;
                        case "t" -> t = value;
                        case "p" -> p = value;
                        default -> {
                            return null;
                        }
                    }
                }
                if (m < 8 || t < 1 || p < 1) {
                    return null;
                }
                return new Phc(m, t, p, B64D.decode(parts[1]), B64D.decode(parts[2]));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
