package org.kalamela.application.conference.delegate;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.DelegateId;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/** One delegate (the {@code Location} of an added one): the admin any, an official their district's. */
@UseCase
public class ShowDelegate {

    private final ConferenceLookup conferences;
    private final DelegateLookup lookup;

    @Inject
    public ShowDelegate(ConferenceLookup conferences, DelegateLookup lookup) {
        this.conferences = conferences;
        this.lookup = lookup;
    }

    /**
     * @param kind the kind the request's path names, or null for either
     * @throws org.kalamela.domain.shared.error.NotFound for an unknown conference, or a delegate missing, of
     *         another conference or kind, or of another district
     */
    @Transactional
    public DelegateView execute(ConferenceId conferenceId, DelegateId delegateId, DelegateKind kind, Actor actor) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        return lookup.view(lookup.require(conferences.require(conferenceId), delegateId, kind, actor));
    }
}
