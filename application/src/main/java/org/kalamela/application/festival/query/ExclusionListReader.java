package org.kalamela.application.festival.query;

import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** Read port: the admin's list of the members excluded from an edition, with their names. */
public interface ExclusionListReader {

    /**
     * The exclusions of an edition with the members' names (joined from the registry), ordered by district
     * name, unit name, member name.
     */
    Page<ExclusionRow> list(EditionYear edition, PageRequest page);
}
