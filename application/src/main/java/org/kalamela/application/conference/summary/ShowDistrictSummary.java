package org.kalamela.application.conference.summary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.conference.query.DistrictTally;
import org.kalamela.application.conference.query.DistrictTallyReader;
import org.kalamela.application.payment.query.PaymentListReader;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * One district's summary line of a conference, with what is paid and its latest payment's status: a district
 * official's own (another district named is not found), or the district the admin names.
 */
@UseCase
public class ShowDistrictSummary {

    private final ConferenceLookup conferences;
    private final DistrictTallyReader tallies;
    private final PaymentListReader payments;

    @Inject
    public ShowDistrictSummary(ConferenceLookup conferences, DistrictTallyReader tallies,
                               PaymentListReader payments) {
        this.conferences = conferences;
        this.tallies = tallies;
        this.payments = payments;
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
        DistrictTally tally = tallies.tally(id, district).orElseThrow(() -> new NotFound("District", district));
        return DistrictSummary.of(conference, tally, Optional.ofNullable(
                payments.standings(PaymentScope.conferenceFees(id.value())).get(district)));
    }
}
