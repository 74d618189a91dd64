package org.kalamela.application.festival.query;

import java.util.List;
import org.kalamela.application.export.RowSource;
import org.kalamela.domain.festival.chest.NumberedDistrict;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Read port: the chest-number list export, one sheet per district, each streamed from one query (events
 * aggregated per member in the query) so memory stays flat however many members hold numbers.
 */
public interface ChestNumberListReader {

    /** The districts with at least one member holding a current number in the edition, by name. */
    List<NumberedDistrict> districts(EditionYear edition);

    /** The district's members holding a current number, ordered by chest number. */
    RowSource<ChestNumberListRow> chestNumbers(EditionYear edition, DistrictId district);
}
