package org.kalamela.application.registry.query;

import java.time.LocalDate;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Gender;

/**
 * Read port: the admin's paged lists across units, each page one query returning flat rows. Every filter
 * field is optional ({@code null}: no filter); {@code name} matches a part of the name, ignoring case.
 * {@link Page#total()} counts every row matching the filter.
 */
public interface RegistryListReader {

    /** Unit names; {@code registered} keeps names with (true) or without (false) a registration. */
    record UnitNameFilter(DistrictId districtId, Boolean active, Boolean registered, String name) {
    }

    /** Registered units; {@code name} matches the unit's name. */
    record UnitFilter(DistrictId districtId, RegistrationStatus status, String name) {
    }

    /** Members (or councilors) born from {@code bornFrom} to {@code bornTo}, both inclusive when given. */
    record MemberFilter(DistrictId districtId, UnitId unitId, Gender gender, LocalDate bornFrom, LocalDate bornTo,
                        String name) {
    }

    /** Office holders; {@code name} matches the holder's name. */
    record OfficialFilter(DistrictId districtId, UnitId unitId, Office office, String name) {
    }

    /** Ordered by district name, then unit name. */
    Page<UnitNameRow> unitNames(UnitNameFilter filter, PageRequest page);

    /** Ordered by district name, then unit name. */
    Page<UnitRow> units(UnitFilter filter, PageRequest page);

    /** Ordered by district name, unit name, member name, then member id. */
    Page<MemberRow> members(MemberFilter filter, PageRequest page);

    /** Members chosen as councilors, ordered as {@link #members}. */
    Page<MemberRow> councilors(MemberFilter filter, PageRequest page);

    /** Ordered by district name, unit name, then office in the order of {@link Office}. */
    Page<OfficialRow> officials(OfficialFilter filter, PageRequest page);
}
