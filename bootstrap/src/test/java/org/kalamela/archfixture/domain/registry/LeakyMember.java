package org.kalamela.archfixture.domain.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.kalamela.archfixture.domain.identity.AccountHolder;

/** Fixture: a domain class that is a JPA entity, and registry → identity, closing a cycle. */
@Entity
public class LeakyMember {
    @Id
    Long id;
    AccountHolder holder;
}
