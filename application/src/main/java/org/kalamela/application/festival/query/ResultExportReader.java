package org.kalamela.application.festival.query;

import org.kalamela.application.export.RowSource;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * Read port: the rows of the admin's result exports, each streamed from one query through a database cursor.
 */
public interface ResultExportReader {

    /**
     * Places 1 to 3 (ties give more rows) of every event of the edition with a computed result: published
     * ones by result number first, then the others by event name; within an event by rank, then name.
     */
    RowSource<ResultExportRow> topThree(EditionYear edition);

    /** Every mark of every judge's sheet of the edition, by event name, code letter, judge, criterion. */
    RowSource<MarkExportRow> marks(EditionYear edition);
}
