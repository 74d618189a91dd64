package org.kalamela.adapters.security.password;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Verifies Django's {@code pbkdf2_sha256$<iterations>$<salt>$<base64 hash>} hashes, as imported from the old
 * app. Only verification: new hashes are always Argon2id.
 */
final class DjangoPbkdf2 {

    private static final String PREFIX = "pbkdf2_sha256$";
    private static final int MAX_ITERATIONS = 10_000_000;

    private DjangoPbkdf2() {
    }

    static boolean matchesFormat(String stored) {
        return stored.startsWith(PREFIX);
    }

    static boolean verify(String rawPassword, String stored) {
        String[] parts = stored.split("\\$", 4);
        if (parts.length != 4) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                return false;
            }
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(rawPassword, parts[2], iterations, expected.length * 8);
            return MessageDigest.isEqual(actual, expected);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Also used by tests to produce hashes exactly as Django writes them. */
    static String encode(String rawPassword, String salt, int iterations) {
        byte[] hash = derive(rawPassword, salt, iterations, 256);
        return PREFIX + iterations + "$" + salt + "$" + Base64.getEncoder().encodeToString(hash);
    }

    private static byte[] derive(String rawPassword, String salt, int iterations, int bits) {
        try {
            PBEKeySpec spec = new PBEKeySpec(rawPassword.toCharArray(), salt.getBytes(StandardCharsets.UTF_8),
                    iterations, bits);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }
}
