package org.kalamela.archfixture.adapters.legacy;

import jakarta.persistence.EntityManager;

/** Fixture: the old database's reader using the application's JPA, through which it could write the new schema. */
public class LegacyReaderUsingJpa {
    EntityManager em;
}
