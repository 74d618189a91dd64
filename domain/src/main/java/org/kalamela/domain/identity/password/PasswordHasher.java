package org.kalamela.domain.identity.password;

/**
 * Outbound port: hashes passwords with a modern adaptive hash and verifies stored hashes, including hashes
 * imported from the old Django app ({@code pbkdf2_sha256$...}).
 */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean verify(String rawPassword, String storedHash);

    /** True when the stored hash is of an older scheme or weaker parameters and should be replaced. */
    boolean needsRehash(String storedHash);
}
