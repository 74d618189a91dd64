package org.kalamela.application.festival.fakes;

import java.util.ArrayList;
import java.util.List;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.festival.query.MarkExportRow;
import org.kalamela.application.festival.query.ResultExportReader;
import org.kalamela.application.festival.query.ResultExportRow;
import org.kalamela.domain.festival.edition.EditionYear;

/** The rows of the result exports as a test sets them, with the editions they were asked for. */
public final class InMemoryResultExportReader implements ResultExportReader {

    private final List<ResultExportRow> topThree = new ArrayList<>();
    private final List<MarkExportRow> marks = new ArrayList<>();
    private final List<EditionYear> asked = new ArrayList<>();

    public void add(ResultExportRow row) {
        topThree.add(row);
    }

    public void add(MarkExportRow row) {
        marks.add(row);
    }

    public List<EditionYear> asked() {
        return List.copyOf(asked);
    }

    @Override
    public RowSource<ResultExportRow> topThree(EditionYear edition) {
        asked.add(edition);
        return RowSource.of(List.copyOf(topThree));
    }

    @Override
    public RowSource<MarkExportRow> marks(EditionYear edition) {
        asked.add(edition);
        return RowSource.of(List.copyOf(marks));
    }
}
