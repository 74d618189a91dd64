package org.kalamela.archfixture.domain.festival.entry;

import org.kalamela.archfixture.domain.registry.LeakyMember;

/** Fixture: the festival's domain reading the registry's model instead of a shared id. */
public class FestivalMemberReadingRegistry {
    LeakyMember member;
}
