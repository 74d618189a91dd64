package org.kalamela.archfixture.adapters.storage;

import org.kalamela.archfixture.adapters.persistence.shared.MemberRow;

/** Fixture: the storage adapter reaching into the persistence adapter for a row. */
public class StorageReadingEntities {
    MemberRow row;
}
