package org.kalamela.application.registry.officials;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.unit.OwnUnit;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.officials.Councilor;
import org.kalamela.domain.registry.officials.CouncilorRepository;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.registry.unit.UnitChange;
import org.kalamela.domain.registry.unit.UnitEditPolicy;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.MemberId;

/**
 * A unit account chooses its councilors among its own members, replacing its previous choice (an empty
 * list clears it), while its registration is open. A member of another unit is not found.
 */
@UseCase
public class ChooseCouncilors {

    private final UnitRegistrationRepository registrations;
    private final MemberRepository members;
    private final CouncilorRepository councilors;

    @Inject
    public ChooseCouncilors(UnitRegistrationRepository registrations, MemberRepository members,
                            CouncilorRepository councilors) {
        this.registrations = registrations;
        this.members = members;
        this.councilors = councilors;
    }

    public record Command(List<MemberId> memberIds) {
    }

    @Transactional
    public List<Councilor> execute(Command command, Actor actor) {
        UnitRegistration registration = OwnUnit.lock(actor, registrations);
        UnitEditPolicy.check(registration.status(), UnitChange.COUNCILORS);
        List<MemberId> chosen = command.memberIds() == null ? List.of() : command.memberIds();
        if (new HashSet<>(chosen).size() != chosen.size()) {
            throw InvalidInput.field("memberIds", "lists a member more than once");
        }
        chosen.forEach(id -> OwnUnit.member(id, registration, members));
        councilors.replace(registration.unitId(), chosen);
        return councilors.findByUnit(registration.unitId());
    }
}
