package org.kalamela.application.festival.query;

import java.util.List;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * Read port: individual entries with the names of their event, member, unit and district and the member's
 * chest number, one query per call (plus the count of a page). Rows are ordered by event (ascending id),
 * then district name, unit name, member name and entry id, so a page boundary never moves.
 */
public interface EntryListReader {

    /** One page of the edition's entries matching the filter, and their total. */
    Page<IndividualEntryRow> find(EditionYear edition, IndividualEntryFilter filter, PageRequest page);

    /**
     * Every entry matching the filter, unpaged: for one district's entries, which the edition's limits keep
     * small (entries per district per event and seniority times events).
     */
    List<IndividualEntryRow> findAll(EditionYear edition, IndividualEntryFilter filter);
}
