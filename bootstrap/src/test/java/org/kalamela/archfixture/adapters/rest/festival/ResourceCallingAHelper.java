package org.kalamela.archfixture.adapters.rest.festival;

import org.kalamela.archfixture.application.festival.edition.EditionHelper;
import org.kalamela.archfixture.application.festival.entry.EnterMember;

/** Fixture: a resource that calls a use case (allowed) and a helper bean of the use cases (not allowed). */
public class ResourceCallingAHelper {
    EnterMember enterMember;
    EditionHelper editions;

    int year() {
        return editions.currentYear() + enterMember.execute();
    }
}
