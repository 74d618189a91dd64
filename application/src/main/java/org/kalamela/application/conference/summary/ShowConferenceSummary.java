package org.kalamela.application.conference.summary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.conference.conference.ConferenceView;
import org.kalamela.application.conference.query.DistrictTallyReader;
import org.kalamela.application.payment.query.PaymentListReader;
import org.kalamela.application.payment.query.PaymentStanding;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The admin's summary of a conference: every district's delegates counted, with the fees due, what is paid and
 * the status of the district's latest payment, and totals; two queries whatever the number of districts.
 */
@UseCase
public class ShowConferenceSummary {

    private final ConferenceLookup conferences;
    private final DistrictTallyReader tallies;
    private final PaymentListReader payments;

    @Inject
    public ShowConferenceSummary(ConferenceLookup conferences, DistrictTallyReader tallies,
                                 PaymentListReader payments) {
        this.conferences = conferences;
        this.tallies = tallies;
        this.payments = payments;
    }

    /** @throws org.kalamela.domain.shared.error.NotFound for an unknown conference */
    @Transactional
    public ConferenceSummary execute(ConferenceId id, Actor actor) {
        actor.require(Role.ADMIN);
        Conference conference = conferences.require(id);
        Map<DistrictId, PaymentStanding> standings = payments.standings(PaymentScope.conferenceFees(id.value()));
        List<DistrictSummary> lines = tallies.tallies(id).stream().map(tally -> DistrictSummary.of(conference, tally,
                Optional.ofNullable(standings.get(tally.districtId())))).toList();
        return new ConferenceSummary(ConferenceView.of(conference), lines, ConferenceSummary.Totals.of(lines));
    }
}
