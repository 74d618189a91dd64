package org.kalamela.application.conference.summary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.conference.conference.ConferenceView;
import org.kalamela.application.conference.query.DistrictTallyReader;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** The admin's summary of a conference: every district's delegates counted, with the fees due, and totals. */
@UseCase
public class ShowConferenceSummary {

    private final ConferenceLookup conferences;
    private final DistrictTallyReader tallies;

    @Inject
    public ShowConferenceSummary(ConferenceLookup conferences, DistrictTallyReader tallies) {
        this.conferences = conferences;
        this.tallies = tallies;
    }

    /** @throws org.kalamela.domain.shared.error.NotFound for an unknown conference */
    @Transactional
    public ConferenceSummary execute(ConferenceId id, Actor actor) {
        actor.require(Role.ADMIN);
        Conference conference = conferences.require(id);
        List<DistrictSummary> lines = tallies.tallies(id).stream()
                .map(tally -> DistrictSummary.of(conference, tally)).toList();
        return new ConferenceSummary(ConferenceView.of(conference), lines, ConferenceSummary.Totals.of(lines));
    }
}
