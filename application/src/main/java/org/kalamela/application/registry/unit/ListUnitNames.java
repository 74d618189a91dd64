package org.kalamela.application.registry.unit;

import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.application.registry.query.UnitNameRow;

import org.kalamela.application.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.actor.Role;

/**
 * Unit names: the active ones of an active district for the public registration form, and the whole
 * master data, filtered and paged, for the admin.
 */
@UseCase
public class ListUnitNames {

    private final DistrictRepository districts;
    private final UnitNameRepository unitNames;
    private final RegistryListReader lists;

    @Inject
    public ListUnitNames(DistrictRepository districts, UnitNameRepository unitNames, RegistryListReader lists) {
        this.districts = districts;
        this.unitNames = unitNames;
        this.lists = lists;
    }

    /** The active unit names of a district, ordered by name; an unknown or inactive district is not found. */
    @Transactional
    public List<UnitName> publicList(DistrictId districtId) {
        districts.findById(districtId).filter(District::active)
                .orElseThrow(() -> new NotFound("district", districtId));
        return unitNames.findByDistrict(districtId).stream().filter(UnitName::active).toList();
    }

    @Transactional
    public Page<UnitNameRow> forAdmin(RegistryListReader.UnitNameFilter filter, PageRequest page, Actor actor) {
        actor.require(Role.ADMIN);
        return lists.unitNames(filter == null ? new RegistryListReader.UnitNameFilter(null, null, null, null) : filter,
                page);
    }
}
