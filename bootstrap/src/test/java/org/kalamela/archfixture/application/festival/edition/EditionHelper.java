package org.kalamela.archfixture.application.festival.edition;

import jakarta.enterprise.context.ApplicationScoped;

/** Fixture: a helper the use cases share, a bean but no use case. */
@ApplicationScoped
public class EditionHelper {
    public int currentYear() {
        return 2026;
    }
}
