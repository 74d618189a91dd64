package org.kalamela.application.registry.unit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.validation.RowErrors;

/**
 * Loads unit names from rows an adapter has read (district name, unit name). All or nothing: a row with a
 * blank name or a district that does not exist is reported ({@code rows[i].district}, ...), and then nothing
 * is written. Running it again is harmless: names that exist, or repeat in the rows, are left as they are.
 * The districts are read once for all rows (one query, however long the file).
 */
@UseCase
public class ImportUnitNames {

    private final DistrictRepository districts;
    private final UnitNameRepository unitNames;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ImportUnitNames(DistrictRepository districts, UnitNameRepository unitNames, AuditLog audit, Clock clock) {
        this.districts = districts;
        this.unitNames = unitNames;
        this.audit = audit;
        this.clock = clock;
    }

    public record Row(String district, String unit) {
    }

    public record Command(List<Row> rows) {
    }

    public record Result(int created, int unchanged) {
    }

    private record Valid(District district, String unit) {
    }

    @Transactional
    public Result execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        List<Row> rows = command.rows() == null ? List.of() : command.rows();
        List<Valid> valid = validate(rows);
        Set<String> done = new HashSet<>();
        int created = 0;
        for (Valid row : valid) {
            boolean first = done.add(row.district().id() + "/" + Names.key(row.unit()));
            if (first && unitNames.findByName(row.district().id(), row.unit()).isEmpty()) {
                unitNames.create(row.district().id(), row.unit());
                created++;
            }
        }
        Result result = new Result(created, valid.size() - created);
        audit.record(AuditEntry.by(actor, "UNIT_NAMES_IMPORTED", "unit", null, clock.instant(), Map.of(
                "created", Integer.toString(created), "unchanged", Integer.toString(result.unchanged()))));
        return result;
    }

    private List<Valid> validate(List<Row> rows) {
        List<FieldError> errors = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        Map<String, District> byName = new HashMap<>();
        districts.findAll().forEach(district -> byName.put(Names.key(district.name()), district));
        for (int i = 0; i < rows.size(); i++) {
            String prefix = "rows[" + i + "].";
            Optional<District> district = Optional.empty();
            String unit = null;
            try {
                String name = Names.require(rows.get(i).district(), prefix + "district");
                district = Optional.ofNullable(byName.get(Names.key(name)));
                if (district.isEmpty()) {
                    errors.add(new FieldError(prefix + "district", "no district is named " + name));
                }
            } catch (InvalidInput e) {
                errors.addAll(e.errors());
            }
            try {
                unit = Names.require(rows.get(i).unit(), prefix + "unit");
            } catch (InvalidInput e) {
                errors.addAll(e.errors());
            }
            if (district.isPresent() && unit != null) {
                valid.add(new Valid(district.get(), unit));
            }
        }
        if (!errors.isEmpty()) {
            throw RowErrors.of(ErrorCode.VALIDATION_FAILED, "The import has invalid rows; nothing was imported", errors);
        }
        return valid;
    }
}
