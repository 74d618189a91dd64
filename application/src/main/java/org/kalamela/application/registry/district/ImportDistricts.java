package org.kalamela.application.registry.district;

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
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.validation.RowErrors;

/**
 * Loads districts from rows an adapter has read (e.g. {@code data/districts.csv}). All or nothing: every
 * invalid row is reported (fields {@code rows[i].name}, ...), and then nothing is written. Running it again
 * is harmless: a district that exists (same name, ignoring case) only takes the row's conference limits.
 */
@UseCase
public class ImportDistricts {

    private final DistrictRepository districts;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public ImportDistricts(DistrictRepository districts, AuditLog audit, Clock clock) {
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
    }

    public record Row(String name, Integer conferenceOfficialLimit, Integer conferenceMemberLimit) {
    }

    public record Command(List<Row> rows) {
    }

    public record Result(int created, int updated, int unchanged) {
    }

    private record Valid(String name, ConferenceLimits limits) {
    }

    @Transactional
    public Result execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        List<Valid> rows = validate(command.rows() == null ? List.of() : command.rows());
        Map<String, District> known = new HashMap<>();
        districts.findAll().forEach(district -> known.put(Names.key(district.name()), district));
        int created = 0;
        int updated = 0;
        for (Valid row : rows) {
            Optional<District> existing = Optional.ofNullable(known.get(Names.key(row.name())));
            if (existing.isEmpty()) {
                districts.create(row.name(), row.limits());
                created++;
            } else if (!existing.get().conferenceLimits().equals(row.limits())) {
                districts.update(existing.get().withConferenceLimits(row.limits()));
                updated++;
            }
        }
        Result result = new Result(created, updated, rows.size() - created - updated);
        audit.record(AuditEntry.by(actor, "DISTRICTS_IMPORTED", "district", null, clock.instant(), Map.of(
                "created", Integer.toString(created), "updated", Integer.toString(updated),
                "unchanged", Integer.toString(result.unchanged()))));
        return result;
    }

    private static List<Valid> validate(List<Row> rows) {
        List<FieldError> errors = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String prefix = "rows[" + i + "].";
            try {
                String name = Names.require(row.name(), prefix + "name");
                ConferenceLimits limits = limits(row, prefix);
                if (!seen.add(Names.key(name))) {
                    errors.add(new FieldError(prefix + "name", "repeats a district listed above"));
                }
                valid.add(new Valid(name, limits));
            } catch (InvalidInput e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw RowErrors.of(ErrorCode.VALIDATION_FAILED, "The import has invalid rows; nothing was imported", errors);
        }
        return valid;
    }

    private static ConferenceLimits limits(Row row, String prefix) {
        try {
            return new ConferenceLimits(row.conferenceOfficialLimit() == null ? 0 : row.conferenceOfficialLimit(),
                    row.conferenceMemberLimit() == null ? 0 : row.conferenceMemberLimit());
        } catch (InvalidInput e) {
            throw new InvalidInput(e.errors().stream()
                    .map(error -> new FieldError(prefix + error.field(), error.message())).toList());
        }
    }
}
