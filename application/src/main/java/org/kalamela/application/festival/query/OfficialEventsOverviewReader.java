package org.kalamela.application.festival.query;

import java.util.List;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Read port: the counts behind a district official's overview of the events, read with a fixed number of
 * queries whatever the number of events and entries (the events joined with the district's entry and team
 * counts grouped by event and seniority), never one query per event.
 */
public interface OfficialEventsOverviewReader {

    /**
     * Every event of the edition, active or not, with the district's counts in it, in the order of
     * {@link org.kalamela.domain.festival.event.FestivalEventRepository#findByEdition}; the counts come from
     * the seniority stored with each entry.
     */
    List<EventTally> tallies(EditionYear edition, DistrictId district);
}
