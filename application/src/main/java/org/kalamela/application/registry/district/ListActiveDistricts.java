package org.kalamela.application.registry.district;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;

/** The active districts, ordered by name, for the unit registration form; no sign-in needed. */
@UseCase
public class ListActiveDistricts {

    private final DistrictRepository districts;

    @Inject
    public ListActiveDistricts(DistrictRepository districts) {
        this.districts = districts;
    }

    @Transactional
    public List<District> execute() {
        return districts.findAll().stream().filter(District::active).toList();
    }
}
