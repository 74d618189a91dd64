package org.kalamela.archfixture.application.festival.entry;

import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.archfixture.application.festival.query.EntryReader;

/** Fixture: a proper use case, one transactional verb. */
@UseCase
public class EnterMember {
    EntryReader entries;

    @Transactional
    public int execute() {
        return entries.entries().size();
    }
}
