package org.kalamela.archfixture.adapters.persistence.shared;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Fixture: a proper entity, in the persistence adapter. */
@Entity
public class MemberRow {
    @Id
    public Long id;
}
