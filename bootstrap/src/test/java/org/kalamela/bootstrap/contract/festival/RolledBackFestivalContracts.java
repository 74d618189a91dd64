package org.kalamela.bootstrap.contract.festival;

import io.quarkus.arc.Unremovable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.event.FestivalEventRepository;

/**
 * What the festival's rolled-back contract runners share, so each of them names only the port it runs the
 * contract against: the one transaction of a test ({@link ContractTransaction}) and the fixtures inside it.
 */
@Singleton
@Unremovable
public class RolledBackFestivalContracts {

    @Inject
    EntityManager em;

    @Inject
    EditionRepository editions;

    @Inject
    FestivalEventRepository events;

    @Inject
    IndividualEntryRepository entries;

    /** Begins the test's transaction unless a fixture already has; call it from {@code @BeforeEach}. */
    void begin() {
        ContractTransaction.ensure(em);
    }

    /** Rolls the test's transaction back; call it from {@code @AfterEach}. */
    void rollBack() {
        ContractTransaction.rollBack();
    }

    FestivalContractFixtures fixtures() {
        return PostgresContractFixtures.rolledBack(em, editions, events, entries);
    }

    FestivalEventRepository events() {
        return events;
    }

    IndividualEntryRepository entries() {
        return entries;
    }
}
