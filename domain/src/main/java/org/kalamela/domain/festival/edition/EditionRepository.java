package org.kalamela.domain.festival.edition;

import java.util.List;
import java.util.Optional;

/**
 * Outbound port: the festival editions, their rules and which one is current. Official and public use cases
 * act on the current edition, so at most one edition is current at any time: the adapter backs this with a
 * partial unique index on the current flag and switches it in one transaction.
 */
public interface EditionRepository {

    /**
     * Stores a new edition, not current.
     *
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code EDITION_EXISTS} when the year is taken (the
     *         year is the key, so a concurrent creation of the same year fails on it)
     */
    void create(Edition edition);

    /** Replaces the rules and the registration window of a stored edition. */
    void update(Edition edition);

    Optional<Edition> findByYear(EditionYear year);

    /** Every edition, newest year first. */
    List<Edition> findAll();

    /** The edition that official and public use cases act on, if one has been marked current. */
    Optional<Edition> findCurrent();

    /**
     * Makes the stored edition of that year the current one and the previously current one not; nothing
     * changes when it already is current.
     */
    void markCurrent(EditionYear year);
}
