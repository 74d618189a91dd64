package org.kalamela.application.conference.delegate;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.conference.conference.ConferenceView;
import org.kalamela.application.conference.query.DelegateFilter;
import org.kalamela.application.conference.query.DelegateListReader;
import org.kalamela.application.conference.query.DelegateRow;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * One conference. A district official sees it with their district's limits, delegates and places left (the
 * old {@code view_conference}); the admin sees the conference, and with {@code districtId} that district's
 * places too.
 */
@UseCase
public class ShowConference {

    private final ConferenceLookup conferences;
    private final DelegateListReader delegates;
    private final DelegateRegistration registration;
    private final DistrictRepository districts;

    @Inject
    public ShowConference(ConferenceLookup conferences, DelegateListReader delegates,
                          DelegateRegistration registration, DistrictRepository districts) {
        this.conferences = conferences;
        this.delegates = delegates;
        this.registration = registration;
        this.districts = districts;
    }

    /**
     * @param districtId the admin's choice of district (null: none); an official always sees their own and
     *        may name only that one
     * @throws NotFound for an unknown conference or district, or (an official) another district named
     */
    @Transactional
    public ConferenceOverview execute(ConferenceId id, DistrictId districtId, Actor actor) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        Conference conference = conferences.require(id);
        if (districtId != null && !actor.mayAccessDistrict(districtId)) {
            throw new NotFound("District", districtId);
        }
        DistrictId shown = actor.isAdmin() ? districtId : actor.districtId();
        if (shown == null) {
            return new ConferenceOverview(ConferenceView.of(conference), null);
        }
        District district = districts.findById(shown).orElseThrow(() -> new NotFound("District", shown));
        List<DelegateRow> rows = new ArrayList<>();
        delegates.all(id, new DelegateFilter(shown, null)).forEach(rows::add);
        return new ConferenceOverview(ConferenceView.of(conference),
                DistrictPlaces.of(shown.value(), district.name(), registration.limitsOf(shown), rows));
    }
}
