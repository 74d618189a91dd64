package org.kalamela.application.festival.entry;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.entry.EntryRemovalPolicy;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.entry.IndividualEntryScores;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;

/**
 * A district official removes one of their district's individual entries while registration is open and
 * nothing is scored for it. The member keeps their chest number.
 */
@UseCase
public class RemoveIndividualEntry {

    private final CurrentEdition editions;
    private final EntryLookup lookup;
    private final IndividualEntryRepository entries;
    private final IndividualEntryScores scores;
    private final Clock clock;

    @Inject
    public RemoveIndividualEntry(CurrentEdition editions, EntryLookup lookup, IndividualEntryRepository entries,
                                 IndividualEntryScores scores, Clock clock) {
        this.editions = editions;
        this.lookup = lookup;
        this.entries = entries;
        this.scores = scores;
        this.clock = clock;
    }

    /**
     * @throws NotFound for an entry missing, of another district or of another edition
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code REGISTRATION_CLOSED}, {@code ENTRY_HAS_SCORES}
     */
    @Transactional
    public void execute(IndividualEntryId entryId, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        Edition edition = editions.require();
        IndividualEntry entry = lookup.requireOfDistrict(entryId, actor.districtId(), edition.year());
        new EntryRemovalPolicy(edition.registrationWindow()).check(scores.hasScores(entry.id()), clock.instant());
        entries.delete(entry.id());
    }
}
