package org.kalamela.application.conference.query;

import org.kalamela.application.export.RowSource;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * Read port: the delegates of a conference with their members' names (joined from the registry), ordered by
 * district name, officials before members, then member name and id.
 */
public interface DelegateListReader {

    Page<DelegateRow> list(ConferenceId conference, DelegateFilter filter,
                           PageRequest page);

    /** Every row of the filter in the same order, streamed for an export. */
    RowSource<DelegateRow> all(ConferenceId conference, DelegateFilter filter);
}
