package org.kalamela.archfixture.application.festival.query;

import java.util.List;

/** Fixture: a read port of the application. */
public interface EntryReader {
    List<String> entries();
}
