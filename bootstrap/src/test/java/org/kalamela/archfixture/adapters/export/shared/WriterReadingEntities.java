package org.kalamela.archfixture.adapters.export.shared;

import org.kalamela.archfixture.adapters.persistence.shared.MemberRow;

/** Fixture: an export writer reading entities directly. */
public class WriterReadingEntities {
    MemberRow row;
}
