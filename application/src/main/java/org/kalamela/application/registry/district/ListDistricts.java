package org.kalamela.application.registry.district;

import org.kalamela.application.UseCase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** The districts, ordered by name: all of them for the admin, the active ones for the public forms. */
@UseCase
public class ListDistricts {

    private final DistrictRepository districts;

    @Inject
    public ListDistricts(DistrictRepository districts) {
        this.districts = districts;
    }

    /** The active districts, for the unit registration form; no sign-in needed. */
    @Transactional
    public List<District> publicList() {
        return districts.findAll().stream().filter(District::active).toList();
    }

    @Transactional
    public List<District> forAdmin(Actor actor) {
        actor.require(Role.ADMIN);
        return districts.findAll();
    }
}
