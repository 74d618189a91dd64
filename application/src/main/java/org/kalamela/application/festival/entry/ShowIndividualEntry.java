package org.kalamela.application.festival.entry;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.domain.festival.chest.ChestNumberRegistry;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;

/**
 * A district official reads one of their district's individual entries in the current edition, as it was
 * answered when made (the Location of that answer). An entry of another district or edition is not found.
 */
@UseCase
public class ShowIndividualEntry {

    private final CurrentEdition editions;
    private final EntryLookup lookup;
    private final ChestNumberRegistry chestNumbers;

    @Inject
    public ShowIndividualEntry(CurrentEdition editions, EntryLookup lookup, ChestNumberRegistry chestNumbers) {
        this.editions = editions;
        this.lookup = lookup;
        this.chestNumbers = chestNumbers;
    }

    /** @throws NotFound for an entry missing, of another district or of another edition */
    @Transactional
    public RegisteredEntry execute(IndividualEntryId entryId, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        EditionYear edition = editions.require().year();
        IndividualEntry entry = lookup.requireOfDistrict(entryId, actor.districtId(), edition);
        // An entry is only ever made together with its member's chest number (RegisterIndividualEntry), and a
        // chest number is never taken away while the member has entries.
        ChestNumber chestNumber = chestNumbers.find(edition, entry.memberId()).orElseThrow(() ->
                new IllegalStateException("Entry " + entryId.value() + " has no chest number for its member"));
        return new RegisteredEntry(entry.id(), entry.eventId(), entry.memberId(), entry.seniority(), chestNumber);
    }
}
