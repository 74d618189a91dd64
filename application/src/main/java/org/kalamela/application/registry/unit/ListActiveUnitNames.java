package org.kalamela.application.registry.unit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The active unit names of an active district, ordered by name, for the public registration form; an unknown
 * or inactive district is not found.
 */
@UseCase
public class ListActiveUnitNames {

    private final DistrictRepository districts;
    private final UnitNameRepository unitNames;

    @Inject
    public ListActiveUnitNames(DistrictRepository districts, UnitNameRepository unitNames) {
        this.districts = districts;
        this.unitNames = unitNames;
    }

    @Transactional
    public List<UnitName> execute(DistrictId districtId) {
        districts.findById(districtId).filter(District::active)
                .orElseThrow(() -> new NotFound("district", districtId));
        return unitNames.findByDistrict(districtId).stream().filter(UnitName::active).toList();
    }
}
