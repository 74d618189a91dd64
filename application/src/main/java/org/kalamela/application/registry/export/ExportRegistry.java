package org.kalamela.application.registry.export;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.kalamela.application.UseCase;
import org.kalamela.application.export.ColumnSpec;
import org.kalamela.application.export.SheetSpec;
import org.kalamela.application.export.Spreadsheet;
import org.kalamela.application.export.SpreadsheetWriter;
import org.kalamela.application.registry.query.MemberRow;
import org.kalamela.application.registry.query.OfficialRow;
import org.kalamela.application.registry.query.RegistryExportReader;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.member.Age;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The admin exports the officials, councilors or members of everything, one district or one unit as a
 * spreadsheet streamed to the caller's stream, with the columns the office works with (ages on today's
 * date). The export is audited before it is written.
 */
@UseCase
public class ExportRegistry {

    private final RegistryExportReader rows;
    private final SpreadsheetWriter writer;
    private final DistrictRepository districts;
    private final UnitNameRepository unitNames;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ExportRegistry(RegistryExportReader rows, SpreadsheetWriter writer, DistrictRepository districts,
                          UnitNameRepository unitNames, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.writer = writer;
        this.districts = districts;
        this.unitNames = unitNames;
        this.audit = audit;
        this.clock = clock;
    }

    public enum Kind { OFFICIALS, COUNCILORS, MEMBERS }

    /** What to export; give at most one of district and unit (neither: everything). */
    public record Command(Kind kind, DistrictId districtId, UnitId unitId) {

        /** A file name without extension that says what the file holds, e.g. {@code members-district-3}. */
        public String fileName() {
            String what = kind.name().toLowerCase(Locale.ROOT);
            if (unitId != null) {
                return what + "-unit-" + unitId;
            }
            return districtId != null ? what + "-district-" + districtId : what + "-all";
        }
    }

    @Transactional
    public void execute(Command command, Actor actor, OutputStream out) {
        actor.require(Role.ADMIN);
        RegistryExportReader.ExportScope scope = scope(command);
        LocalDate today = LocalDate.now(clock);
        audit.record(AuditEntry.by(actor, "REGISTRY_EXPORTED", "export", command.fileName(), clock.instant(),
                Map.of("kind", command.kind().name())));
        SheetSpec<?> sheet = switch (command.kind()) {
            case MEMBERS -> new SheetSpec<>("Members", memberColumns(today, true), rows.members(scope));
            case COUNCILORS -> new SheetSpec<>("Councilors", memberColumns(today, false), rows.councilors(scope));
            case OFFICIALS -> new SheetSpec<>("Officials", officialColumns(), rows.officials(scope));
        };
        writer.write(out, Spreadsheet.of(sheet));
    }

    private RegistryExportReader.ExportScope scope(Command command) {
        if (command.kind() == null) {
            throw InvalidInput.field("kind", "must be officials, councilors or members");
        }
        if (command.districtId() != null && command.unitId() != null) {
            throw InvalidInput.field("unitId", "give a district or a unit, not both");
        }
        if (command.districtId() != null && districts.findById(command.districtId()).isEmpty()) {
            throw new NotFound("district", command.districtId());
        }
        if (command.unitId() != null && unitNames.findById(command.unitId()).isEmpty()) {
            throw new NotFound("unit", command.unitId());
        }
        return new RegistryExportReader.ExportScope(command.districtId(), command.unitId());
    }

    private static List<ColumnSpec<MemberRow>> memberColumns(LocalDate today, boolean withMemberFacts) {
        List<ColumnSpec<MemberRow>> common = List.of(
                ColumnSpec.text("District", MemberRow::districtName),
                ColumnSpec.text("Unit", MemberRow::unitName),
                ColumnSpec.text("Name", MemberRow::name),
                ColumnSpec.text("Gender", row -> row.gender().name()),
                ColumnSpec.date("Date of birth", MemberRow::dateOfBirth),
                ColumnSpec.number("Age", row -> Age.of(row.dateOfBirth(), today)),
                ColumnSpec.text("Phone", MemberRow::phone));
        if (!withMemberFacts) {
            return common;
        }
        return concat(common, List.of(
                ColumnSpec.text("Qualification", MemberRow::qualification),
                ColumnSpec.text("Blood group", row -> row.bloodGroup() == null ? null : row.bloodGroup().label())));
    }

    private static List<ColumnSpec<OfficialRow>> officialColumns() {
        return List.of(
                ColumnSpec.text("District", OfficialRow::districtName),
                ColumnSpec.text("Unit", OfficialRow::unitName),
                ColumnSpec.text("Office", row -> row.office().title()),
                ColumnSpec.text("Name", OfficialRow::name),
                ColumnSpec.text("Phone", OfficialRow::phone));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
