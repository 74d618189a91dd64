package org.kalamela.application.registry.district;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** Every district, active or not, ordered by name, for the admin ({@link ListActiveDistricts} for the forms). */
@UseCase
public class ListDistricts {

    private final DistrictRepository districts;

    @Inject
    public ListDistricts(DistrictRepository districts) {
        this.districts = districts;
    }

    @Transactional
    public List<District> execute(Actor actor) {
        actor.require(Role.ADMIN);
        return districts.findAll();
    }
}
