package org.kalamela.adapters.rest.registry;

import java.util.ArrayList;
import java.util.List;
import org.kalamela.adapters.rest.shared.input.EnumParameters;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/**
 * Reads the ids and codes of paths and query parameters. An id in a path that cannot exist is simply not
 * found; a filter that cannot be read is a field error named after the parameter.
 */
public final class RegistryParams {

    private RegistryParams() {
    }

    public static UnitId unitPath(long id) {
        if (id <= 0) {
            throw new NotFound("unit", id);
        }
        return UnitId.of(id);
    }

    public static DistrictId districtPath(long id) {
        if (id <= 0) {
            throw new NotFound("district", id);
        }
        return DistrictId.of(id);
    }

    public static MemberId memberPath(long id) {
        if (id <= 0) {
            throw new NotFound("member", id);
        }
        return MemberId.of(id);
    }

    /** Member ids of a body; a missing one is a field error, one that cannot exist is not found. */
    public static List<MemberId> members(List<Long> ids, String field) {
        List<MemberId> members = new ArrayList<>();
        List<Long> given = ids == null ? List.of() : ids;
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) == null) {
                throw InvalidInput.field(field + "[" + i + "]", "is required");
            }
            members.add(memberPath(given.get(i)));
        }
        return members;
    }

    public static DistrictId district(Long id, String field) {
        return id == null ? null : DistrictId.of(positive(id, field));
    }

    public static UnitId unit(Long id, String field) {
        return id == null ? null : UnitId.of(positive(id, field));
    }

    public static Gender gender(String value) {
        return blank(value) ? null : Gender.parse(value);
    }

    public static RegistrationStatus status(String value) {
        return EnumParameters.optional(value, RegistrationStatus.class, "status").orElse(null);
    }

    /** An office by its code ({@code VICE_PRESIDENT}) or its field name ({@code vicePresident}). */
    public static Office office(String value) {
        if (blank(value)) {
            return null;
        }
        for (Office office : Office.values()) {
            if (office.name().equalsIgnoreCase(value.strip()) || office.field().equalsIgnoreCase(value.strip())) {
                return office;
            }
        }
        throw InvalidInput.field("office", "must be one of PRESIDENT, VICE_PRESIDENT, SECRETARY, JOINT_SECRETARY, "
                + "TREASURER");
    }

    public static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static long positive(long id, String field) {
        if (id <= 0) {
            throw InvalidInput.field(field, "must be a positive id");
        }
        return id;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
