package org.kalamela.application.conference.summary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.conference.query.DistrictTallyReader;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * One district's summary line of a conference: a district official's own (another district named is not
 * found), or the district the admin names.
 */
@UseCase
public class ShowDistrictSummary {

    private final ConferenceLookup conferences;
    private final DistrictTallyReader tallies;

    @Inject
    public ShowDistrictSummary(ConferenceLookup conferences, DistrictTallyReader tallies) {
        this.conferences = conferences;
        this.tallies = tallies;
    }

    /**
     * @param districtId required of the admin; an official may omit it or name their own
     * @throws NotFound for an unknown conference or district, or (an official) another district
     */
    @Transactional
    public DistrictSummary execute(ConferenceId id, DistrictId districtId, Actor actor) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        if (actor.isAdmin()) {
            new Validation().required(districtId, "districtId").throwIfInvalid();
        } else if (districtId != null && !actor.mayAccessDistrict(districtId)) {
            throw new NotFound("District", districtId);
        }
        DistrictId district = actor.isAdmin() ? districtId : actor.districtId();
        Conference conference = conferences.require(id);
        return tallies.tally(id, district).map(tally -> DistrictSummary.of(conference, tally))
                .orElseThrow(() -> new NotFound("District", district));
    }
}
