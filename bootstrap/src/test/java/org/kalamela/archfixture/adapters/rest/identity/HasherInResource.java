package org.kalamela.archfixture.adapters.rest.identity;

import org.kalamela.archfixture.domain.identity.PasswordHasher;

/** Fixture: the REST adapter implementing a domain port (hashing belongs in its own adapter module). */
public class HasherInResource implements PasswordHasher {
    @Override
    public String hash(String rawPassword) {
        return rawPassword;
    }
}
