package org.kalamela.application.festival.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/** The editions in memory: the year is the key, at most one edition is current. */
public final class InMemoryEditionRepository implements EditionRepository {

    private final Map<EditionYear, Edition> editions = new TreeMap<>();
    private EditionYear current;

    @Override
    public synchronized void create(Edition edition) {
        if (editions.containsKey(edition.year())) {
            throw new RuleViolation(ErrorCode.EDITION_EXISTS, "The edition " + edition.year() + " exists already");
        }
        editions.put(edition.year(), edition);
    }

    @Override
    public synchronized void update(Edition edition) {
        requireStored(edition.year());
        editions.put(edition.year(), edition);
    }

    @Override
    public synchronized Optional<Edition> findByYear(EditionYear year) {
        return Optional.ofNullable(editions.get(year));
    }

    @Override
    public synchronized List<Edition> findAll() {
        return editions.values().stream().sorted(Comparator.comparing(Edition::year).reversed()).toList();
    }

    @Override
    public synchronized Optional<Edition> findCurrent() {
        return Optional.ofNullable(current).map(editions::get);
    }

    @Override
    public synchronized void markCurrent(EditionYear year) {
        requireStored(year);
        current = year;
    }

    private void requireStored(EditionYear year) {
        if (!editions.containsKey(year)) {
            throw new IllegalStateException("no edition " + year + " is stored");
        }
    }
}
