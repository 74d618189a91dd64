package org.kalamela.archfixture.adapters.rest.shared;

import org.kalamela.archfixture.adapters.persistence.shared.MemberRow;

/** Fixture: a resource that hands out a JPA entity. */
public class ResourceReturningEntity {
    public MemberRow get() {
        return new MemberRow();
    }
}
