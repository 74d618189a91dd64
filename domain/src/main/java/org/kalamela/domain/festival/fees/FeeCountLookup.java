package org.kalamela.domain.festival.fees;

import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Outbound port: counts a district's current individual entries and teams in an edition, in one query
 * whatever their number, for its dues.
 */
public interface FeeCountLookup {

    EntryCounts countsOf(EditionYear edition, DistrictId district);
}
