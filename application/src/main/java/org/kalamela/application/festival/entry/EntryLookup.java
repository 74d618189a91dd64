package org.kalamela.application.festival.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Finds an individual entry an official acts on: an entry of another district, or of another edition, is not
 * found, so that an official learns nothing of other districts' entries.
 */
@ApplicationScoped
public class EntryLookup {

    private final IndividualEntryRepository entries;

    @Inject
    public EntryLookup(IndividualEntryRepository entries) {
        this.entries = entries;
    }

    public IndividualEntry requireOfDistrict(IndividualEntryId id, DistrictId district, EditionYear edition) {
        return entries.findById(id)
                .filter(found -> found.districtId().equals(district))
                .filter(found -> found.edition().equals(edition))
                .orElseThrow(() -> new NotFound("Entry", id));
    }
}
