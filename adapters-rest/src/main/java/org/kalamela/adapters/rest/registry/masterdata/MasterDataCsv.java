package org.kalamela.adapters.rest.registry.masterdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kalamela.adapters.rest.shared.input.CsvTable;
import org.kalamela.application.registry.district.ImportDistricts;
import org.kalamela.application.registry.unit.ImportUnitNames;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.validation.RowErrors;

/**
 * Turns the master-data CSV files into the import use cases' rows. Districts: {@code district} (or
 * {@code name}) and optional {@code conference_official_limit}, {@code conference_member_limit}, as in
 * {@code data/districts.csv}. Unit names: {@code district} and {@code unit}. A cell that is not a whole
 * number is a field error {@code rows[i].conferenceOfficialLimit}; the use cases report the other fields.
 */
final class MasterDataCsv {

    private MasterDataCsv() {
    }

    static String text(FileUpload upload) {
        if (upload == null) {
            throw InvalidInput.field("file", "is required: a CSV file in the part named file");
        }
        try {
            return CsvTable.decode(Files.readAllBytes(upload.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ImportDistricts.Row> districts(String csv) {
        CsvTable table = CsvTable.parse(csv);
        Optional<Integer> name = table.column(List.of("district", "name", "district_name"), true, "district");
        Optional<Integer> officials = table.column(List.of("conference_official_limit"), false, "");
        Optional<Integer> members = table.column(List.of("conference_member_limit"), false, "");
        List<FieldError> errors = new ArrayList<>();
        List<ImportDistricts.Row> rows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            Integer officialLimit = number(table.cell(i, officials), "rows[" + i + "].conferenceOfficialLimit", errors);
            Integer memberLimit = number(table.cell(i, members), "rows[" + i + "].conferenceMemberLimit", errors);
            rows.add(new ImportDistricts.Row(table.cell(i, name), officialLimit, memberLimit));
        }
        if (!errors.isEmpty()) {
            throw RowErrors.of(ErrorCode.VALIDATION_FAILED, "The import has invalid rows; nothing was imported", errors);
        }
        return rows;
    }

    static List<ImportUnitNames.Row> unitNames(String csv) {
        CsvTable table = CsvTable.parse(csv);
        Optional<Integer> district = table.column(List.of("district", "district_name"), true, "district");
        Optional<Integer> unit = table.column(List.of("unit", "unit_name", "name"), true, "unit");
        List<ImportUnitNames.Row> rows = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            rows.add(new ImportUnitNames.Row(table.cell(i, district), table.cell(i, unit)));
        }
        return rows;
    }

    private static Integer number(String cell, String field, List<FieldError> errors) {
        if (cell == null) {
            return null;
        }
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number"));
            return null;
        }
    }
}
