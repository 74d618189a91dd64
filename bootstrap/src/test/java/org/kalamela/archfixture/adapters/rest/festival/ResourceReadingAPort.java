package org.kalamela.archfixture.adapters.rest.festival;

import java.util.List;
import org.kalamela.archfixture.application.festival.query.EntryReader;

/** Fixture: a resource that reads a port itself instead of asking a use case. */
public class ResourceReadingAPort {
    EntryReader entries;

    List<String> list() {
        return entries.entries();
    }
}
