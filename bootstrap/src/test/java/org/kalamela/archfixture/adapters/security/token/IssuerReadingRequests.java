package org.kalamela.archfixture.adapters.security.token;

import org.kalamela.archfixture.adapters.rest.shared.ResourceReturningEntity;

/** Fixture: the security adapter reaching into the REST adapter. */
public class IssuerReadingRequests {
    ResourceReturningEntity resource;
}
