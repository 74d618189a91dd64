package org.kalamela.application.conference.appointment;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.conference.delegate.DelegateLookup;
import org.kalamela.application.conference.delegate.DelegateRegistration;
import org.kalamela.application.identity.account.AccountView;
import org.kalamela.application.identity.account.DistrictOfficialAccounts;
import org.kalamela.application.identity.account.StaffAccounts;
import org.kalamela.application.identity.account.StaffAccounts.Delivery;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.ConferenceMember;
import org.kalamela.domain.conference.delegate.Delegate;
import org.kalamela.domain.conference.delegate.DelegateKind;
import org.kalamela.domain.conference.delegate.DelegateNeeds;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin appoints an official of a district for the active conference, from a member of that district: an
 * official delegate (within the district's official limit, once per conference) linked to the district's
 * {@code DISTRICT_OFFICIAL} account, which signs in and registers the district's members. A district without
 * an active official account gets one, made as {@code CreateDistrictOfficial} makes it (an invitation link
 * or a random password shown once; never one derived from the member's name or phone); {@code delivery} is
 * then required, and refused where the account exists (the appointment links it and changes nothing of it).
 */
@UseCase
public class AppointConferenceOfficial {

    /** {@code delivery}, {@code email} and {@code username}: only for a district without an official account. */
    public record Command(ConferenceId conferenceId, MemberId memberId, FoodPreference foodPreference,
                          Boolean accommodation, Delivery delivery, String email, String username) {
        public Command {
            new Validation().required(memberId, "memberId").throwIfInvalid();
        }
    }

    private final ConferenceLookup conferences;
    private final DelegateRegistration registration;
    private final DelegateLookup lookup;
    private final DistrictRepository districts;
    private final DistrictOfficialAccounts officialAccounts;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public AppointConferenceOfficial(ConferenceLookup conferences, DelegateRegistration registration,
                                     DelegateLookup lookup, DistrictRepository districts,
                                     DistrictOfficialAccounts officialAccounts, AuditLog audit, Clock clock) {
        this.conferences = conferences;
        this.registration = registration;
        this.lookup = lookup;
        this.districts = districts;
        this.officialAccounts = officialAccounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws NotFound for an unknown conference or member
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code CONFERENCE_INACTIVE}, {@code ALREADY_DELEGATE},
     *         {@code CONFERENCE_OFFICIAL_LIMIT}, {@code USERNAME_IN_USE}, {@code EMAIL_IN_USE}
     */
    @Transactional
    public Appointment execute(Command command, Actor actor) {
        actor.require(Role.ADMIN);
        DelegateNeeds needs = new DelegateNeeds(command.foodPreference(), command.accommodation());
        Conference conference = conferences.require(command.conferenceId());
        ConferenceMember member = registration.member(command.memberId(), null);
        District district = districts.findById(member.districtId())
                .orElseThrow(() -> new NotFound("District", member.districtId()));
        DelegateRegistration.Admission admission = registration.admit(conference, member, DelegateKind.OFFICIAL);
        Optional<Account> existing = officialAccounts.activeOfficial(district);
        Account account;
        Optional<String> oneTimePassword = Optional.empty();
        if (existing.isPresent()) {
            new Validation()
                    .check(command.delivery() == null, "delivery", "must not be given: the district has an official "
                            + "account, which the appointment links")
                    .check(blank(command.email()), "email", "must not be given: the district has an official account")
                    .check(blank(command.username()), "username",
                            "must not be given: the district has an official account")
                    .throwIfInvalid();
            account = existing.get();
        } else {
            StaffAccounts.Request request = new StaffAccounts.Request(member.name(),
                    command.username(), command.email(), null, command.delivery());
            Validation validation = new Validation();
            if (command.delivery() == null) {
                validation.add("delivery", "is required: the district has no official account yet");
            }
            request.validate(validation).throwIfInvalid();
            StaffAccounts.Created created = officialAccounts.create(district, request, actor);
            account = created.account();
            oneTimePassword = created.oneTimePassword();
        }
        Delegate official = registration.add(admission, needs, account.id(), actor);
        audit.record(AuditEntry.by(actor, "CONFERENCE_OFFICIAL_APPOINTED", "conference-delegate", official.id(),
                clock.instant(), Map.of("conference", conference.id().toString(), "district", district.name(),
                        "member", member.memberId().toString(), "account", account.username(),
                        "accountCreated", Boolean.toString(existing.isEmpty()))));
        return new Appointment(lookup.view(official), AccountView.of(account), existing.isEmpty(), oneTimePassword);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
