package org.kalamela.application.festival.query;

import org.kalamela.application.export.RowSource;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * Read port: the rows of the events-data export, each streamed from one query (a database cursor feeding
 * the spreadsheet writer, opened and closed inside {@link RowSource#forEach}) so memory stays flat however
 * many entries there are. Rows are ordered by event (ascending id), then code (chest numbers numerically,
 * team numbers numerically), then member name.
 */
public interface EntryExportReader {

    /** Individual entries: chest number, member name, unit, district. */
    RowSource<EventEntryExportRow> individualEntries(EditionYear edition, EntryExportFilter filter);

    /** Team members of group events: team code, member name, unit, district. */
    RowSource<EventEntryExportRow> teamMembers(EditionYear edition, EntryExportFilter filter);
}
