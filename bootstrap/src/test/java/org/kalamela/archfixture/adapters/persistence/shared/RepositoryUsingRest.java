package org.kalamela.archfixture.adapters.persistence.shared;

import org.kalamela.archfixture.adapters.rest.shared.ResourceReturningEntity;

/** Fixture: persistence reaching into the REST adapter. */
public class RepositoryUsingRest {
    ResourceReturningEntity resource;
}
