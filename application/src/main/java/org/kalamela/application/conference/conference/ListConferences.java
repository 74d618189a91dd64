package org.kalamela.application.conference.conference;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.conference.conference.ConferenceRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** The conferences, newest first: the admin's list, and the officials' (who register for the active one). */
@UseCase
public class ListConferences {

    private final ConferenceRepository conferences;

    @Inject
    public ListConferences(ConferenceRepository conferences) {
        this.conferences = conferences;
    }

    @Transactional
    public Page<ConferenceView> execute(PageRequest page, Actor actor) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        return conferences.list(page).map(ConferenceView::of);
    }
}
