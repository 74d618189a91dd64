package org.kalamela.application.conference.delegate;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.ConferenceMember;
import org.kalamela.domain.conference.delegate.Delegate;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.DelegateNeeds;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * A district official adds a member of their district as a delegate of the active conference, within the
 * district's member limit, once per conference. Parallel adds beyond the limit: exactly the limit succeed
 * (the district's delegates are locked while counted and written).
 */
@UseCase
public class AddMemberDelegate {

    public record Command(ConferenceId conferenceId, MemberId memberId, FoodPreference foodPreference,
                          Boolean accommodation) {
        public Command {
            new Validation().required(memberId, "memberId").throwIfInvalid();
        }
    }

    private final ConferenceLookup conferences;
    private final DelegateRegistration registration;
    private final DelegateLookup lookup;

    @Inject
    public AddMemberDelegate(ConferenceLookup conferences, DelegateRegistration registration, DelegateLookup lookup) {
        this.conferences = conferences;
        this.registration = registration;
        this.lookup = lookup;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for an unknown conference, or a member missing or of
     *         another district
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code CONFERENCE_INACTIVE}, {@code ALREADY_DELEGATE},
     *         {@code CONFERENCE_MEMBER_LIMIT}
     */
    @Transactional
    public DelegateView execute(Command command, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        DelegateNeeds needs = new DelegateNeeds(command.foodPreference(), command.accommodation());
        Conference conference = conferences.require(command.conferenceId());
        ConferenceMember member = registration.member(command.memberId(), actor.districtId());
        Delegate delegate = registration.add(registration.admit(conference, member, DelegateKind.MEMBER), needs,
                null, actor);
        return lookup.view(delegate);
    }
}
