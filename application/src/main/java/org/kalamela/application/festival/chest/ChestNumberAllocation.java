package org.kalamela.application.festival.chest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kalamela.domain.festival.chest.ChestNumberPolicy;
import org.kalamela.domain.festival.chest.ChestNumberRegistry;
import org.kalamela.domain.festival.chest.ChestNumberSequence;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.ChestNumberSeries;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Gives a member their chest number of the edition: the one they hold, or else the next free number of
 * their seniority's series. Part of the calling use case's transaction; the caller holds the member's lock
 * ({@link org.kalamela.domain.festival.entry.ParticipationLocks#lockMember}) so the member ends with one
 * number.
 *
 * <p>The counter knows nothing of numbers the admin typed by hand above it: a drawn number the registry
 * has already issued is skipped and the next one drawn, so the counter moves past hand-typed numbers and
 * never issues a number twice.
 *
 * <p>The counter's row stays locked until the caller's transaction ends, so every member's first number in a
 * series queues behind the one before. Here the draw is followed by one statement, the number issued unless it
 * was typed by hand before; the caller's entry insert and commit follow. Drawing after the entry's insert would
 * shorten the wait by one more statement, but a used-up series would then be refused after a write that only
 * the transaction's rollback undoes; the application tests' in-memory adapters have no rollback, and their
 * property test of the invariants failed on it.
 */
@ApplicationScoped
public class ChestNumberAllocation {

    private final ChestNumberRegistry registry;
    private final ChestNumberSequence sequence;

    @Inject
    public ChestNumberAllocation(ChestNumberRegistry registry, ChestNumberSequence sequence) {
        this.registry = registry;
        this.sequence = sequence;
    }

    /** @throws org.kalamela.domain.shared.error.RuleViolation {@code CHEST_NUMBER_SERIES_EXHAUSTED} */
    public ChestNumber numberFor(Edition edition, MemberId member, Seniority seniority) {
        Optional<ChestNumber> held = registry.find(edition.year(), member);
        if (held.isPresent()) {
            return held.get();
        }
        ChestNumberPolicy policy = new ChestNumberPolicy(edition.rules());
        ChestNumberSeries series = policy.seriesFor(seniority);
        while (true) {
            ChestNumber drawn = sequence.next(edition.year(), seniority, series)
                    .orElseThrow(() -> policy.exhausted(seniority));
            if (registry.issueIfFree(edition.year(), member, drawn)) {
                return drawn;
            }
        }
    }
}
