package org.kalamela.archfixture.domain.identity;

import org.kalamela.archfixture.domain.registry.LeakyMember;

/** Fixture: identity → registry, closing a cycle with LeakyMember. */
public class AccountHolder {
    LeakyMember member;
}
