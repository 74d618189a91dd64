package org.kalamela.archfixture.domain.identity;

/** Fixture: an outbound port of the domain. */
public interface PasswordHasher {
    String hash(String rawPassword);
}
