package org.kalamela.application.conference.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.conference.ConferenceRepository;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.validation.Validation;

/** Finds the conference a request names, or answers 404: what every conference use case starts with. */
@ApplicationScoped
public class ConferenceLookup {

    private final ConferenceRepository conferences;

    @Inject
    public ConferenceLookup(ConferenceRepository conferences) {
        this.conferences = conferences;
    }

    /** @throws NotFound when there is no such conference */
    public Conference require(ConferenceId id) {
        new Validation().required(id, "conferenceId").throwIfInvalid();
        return conferences.findById(id).orElseThrow(() -> new NotFound("Conference", id));
    }
}
