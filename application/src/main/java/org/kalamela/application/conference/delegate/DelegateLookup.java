package org.kalamela.application.conference.delegate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.delegate.ConferenceMember;
import org.kalamela.domain.conference.delegate.ConferenceMemberDirectory;
import org.kalamela.domain.conference.delegate.Delegate;
import org.kalamela.domain.conference.delegate.DelegateId;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.DelegateRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.validation.Validation;

/**
 * Finds the delegate a request names: of that conference, of the kind the path names (officials under
 * {@code /officials}), and for a district official of their own district; anything else is 404, exactly as if
 * it did not exist.
 */
@ApplicationScoped
public class DelegateLookup {

    private final DelegateRepository delegates;
    private final ConferenceMemberDirectory members;

    @Inject
    public DelegateLookup(DelegateRepository delegates, ConferenceMemberDirectory members) {
        this.delegates = delegates;
        this.members = members;
    }

    /** @param kind the kind the request is about, or null for either */
    public Delegate require(Conference conference, DelegateId id, DelegateKind kind, Actor actor) {
        new Validation().required(id, "delegateId").throwIfInvalid();
        return delegates.findById(id)
                .filter(found -> found.conferenceId().equals(conference.id()))
                .filter(found -> kind == null || found.kind() == kind)
                .filter(found -> actor.mayAccessDistrict(found.districtId()))
                .orElseThrow(() -> new NotFound("Delegate", id));
    }

    /** The delegate's member (the store keeps a delegate's member, so one is always there). */
    public ConferenceMember memberOf(Delegate delegate) {
        return members.find(delegate.memberId()).orElseThrow(() -> new IllegalStateException(
                "delegate " + delegate.id() + " refers to member " + delegate.memberId() + ", who is missing"));
    }

    public DelegateView view(Delegate delegate) {
        return DelegateView.of(delegate, memberOf(delegate));
    }
}
