package org.kalamela.application.festival.chest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kalamela.application.UseCase;
import org.kalamela.application.export.AuditedExport;
import org.kalamela.application.export.ColumnSpec;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.export.SheetName;
import org.kalamela.application.export.SheetSpec;
import org.kalamela.application.export.Spreadsheet;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.ChestNumberListReader;
import org.kalamela.application.festival.query.ChestNumberListRow;
import org.kalamela.domain.festival.chest.NumberedDistrict;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * The admin exports the chest-number list: one sheet per district, each member holding a number with their
 * name, unit and individual events, streamed from the read port into the caller's stream. Audited before
 * anything is written.
 */
@UseCase
public class ExportChestNumbers {

    private static final List<ColumnSpec<ChestNumberListRow>> COLUMNS = List.of(
            ColumnSpec.number("Chest number", row -> row.chestNumber().value()),
            ColumnSpec.text("Name", ChestNumberListRow::memberName),
            ColumnSpec.text("Unit", ChestNumberListRow::unitName),
            ColumnSpec.text("Events", ChestNumberListRow::events));

    private final ChestNumberListReader rows;
    private final AuditedExport exports;
    private final CurrentEdition editions;

    @Inject
    public ExportChestNumbers(ChestNumberListReader rows, AuditedExport exports, CurrentEdition editions) {
        this.rows = rows;
        this.exports = exports;
        this.editions = editions;
    }

    /** A file name without extension that says what the file holds, e.g. {@code chest-numbers-2026}. */
    public static String fileName(EditionYear edition) {
        return "chest-numbers-" + edition;
    }

    /** @param edition null for the current edition */
    @Transactional
    public void execute(EditionYear edition, Actor actor, OutputStream out) {
        actor.require(Role.ADMIN);
        EditionYear year = editions.orCurrent(edition).year();
        exports.write(actor, "EXPORT_CHEST_NUMBERS", fileName(year), Map.of("edition", year.toString()),
                new Spreadsheet(sheets(year)), out);
    }

    private List<SheetSpec<?>> sheets(EditionYear edition) {
        List<SheetSpec<?>> sheets = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (NumberedDistrict district : rows.districts(edition)) {
            SheetName name = SheetName.fitting(district.name());
            if (!names.add(name.value().toLowerCase(Locale.ROOT))) {
                name = SheetName.fitting(district.id() + " " + district.name());
                names.add(name.value().toLowerCase(Locale.ROOT));
            }
            sheets.add(new SheetSpec<>(name, COLUMNS, rows.chestNumbers(edition, district.id())));
        }
        if (sheets.isEmpty()) {
            sheets.add(new SheetSpec<>("Chest numbers", COLUMNS, RowSource.of(List.<ChestNumberListRow>of())));
        }
        return sheets;
    }
}
