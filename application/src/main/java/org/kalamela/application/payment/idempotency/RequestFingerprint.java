package org.kalamela.application.payment.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 (hex) of what a creation request means: the endpoint's purpose and the request's values in a
 * fixed form, not the body's bytes, so a retry that spaces its JSON differently is still the same request.
 */
public record RequestFingerprint(String sha256) {

    public RequestFingerprint {
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
    }

    /** The fingerprint of the parts, each written with {@code toString()} and kept apart by a separator. */
    public static RequestFingerprint of(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            String value = String.valueOf(part);
            text.append(value.length()).append(':').append(value).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return new RequestFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
