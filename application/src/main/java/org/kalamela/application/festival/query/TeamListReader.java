package org.kalamela.application.festival.query;

import java.util.List;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * Read port: teams with the names of their event, unit, district and members, in two queries per call
 * whatever the page size (the teams, then the members of those teams), never one per team. Teams are ordered
 * by event (ascending id), then team number.
 */
public interface TeamListReader {

    /** One page of the edition's teams matching the filter, and their total. */
    Page<TeamRow> find(EditionYear edition, TeamFilter filter, PageRequest page);

    /**
     * Every team matching the filter, unpaged: for one district's teams, which the edition's limits keep
     * small (teams per district per event times group events).
     */
    List<TeamRow> findAll(EditionYear edition, TeamFilter filter);
}
