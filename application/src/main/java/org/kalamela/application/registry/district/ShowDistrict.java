package org.kalamela.application.registry.district;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;

/** One district for the admin, active or not (the Location of a created district). */
@UseCase
public class ShowDistrict {

    private final DistrictRepository districts;

    @Inject
    public ShowDistrict(DistrictRepository districts) {
        this.districts = districts;
    }

    @Transactional
    public District execute(DistrictId id, Actor actor) {
        actor.require(Role.ADMIN);
        if (id == null) {
            throw new NotFound("district", id);
        }
        return districts.findById(id).orElseThrow(() -> new NotFound("district", id));
    }
}
