package org.kalamela.application.payment.fakes;

import java.util.HashMap;
import java.util.Map;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.fees.EntryCounts;
import org.kalamela.domain.festival.fees.FeeCountLookup;
import org.kalamela.domain.shared.id.DistrictId;

/** The counts a test sets per edition and district; none for the others. */
public class InMemoryFeeCountLookup implements FeeCountLookup {

    private final Map<String, EntryCounts> counts = new HashMap<>();

    public synchronized void set(EditionYear edition, DistrictId district, EntryCounts entryCounts) {
        counts.put(edition + "/" + district, entryCounts);
    }

    @Override
    public synchronized EntryCounts countsOf(EditionYear edition, DistrictId district) {
        return counts.getOrDefault(edition + "/" + district, EntryCounts.NONE);
    }
}
