package org.kalamela.application.conference;

import org.kalamela.application.conference.appointment.AppointConferenceOfficial;
import org.kalamela.application.conference.appointment.RemoveConferenceOfficial;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.conference.conference.CreateConference;
import org.kalamela.application.conference.conference.DeleteConference;
import org.kalamela.application.conference.conference.EditConference;
import org.kalamela.application.conference.conference.ListConferences;
import org.kalamela.application.conference.delegate.AddMemberDelegate;
import org.kalamela.application.conference.delegate.ChangeDelegateNeeds;
import org.kalamela.application.conference.delegate.DelegateLookup;
import org.kalamela.application.conference.delegate.DelegateRegistration;
import org.kalamela.application.conference.delegate.ListDelegates;
import org.kalamela.application.conference.delegate.RemoveMemberDelegate;
import org.kalamela.application.conference.delegate.ShowConference;
import org.kalamela.application.conference.delegate.ShowDelegate;
import org.kalamela.application.conference.fakes.ConferenceFakes;
import org.kalamela.application.conference.payment.ExportConferencePayments;
import org.kalamela.application.conference.summary.ExportConferenceSummary;
import org.kalamela.application.conference.summary.ShowConferenceSummary;
import org.kalamela.application.conference.summary.ShowDistrictSummary;
import org.kalamela.application.export.AuditedExport;
import org.kalamela.application.festival.fakes.CapturingSpreadsheetWriter;
import org.kalamela.application.identity.IdentityFixture;
import org.kalamela.application.identity.account.DistrictOfficialAccounts;
import org.kalamela.application.payment.fakes.InMemoryPaymentListReader;
import org.kalamela.application.payment.fakes.InMemoryPaymentRepository;
import org.kalamela.application.payment.fakes.InMemoryProofRepository;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/** The conference's use cases wired to fakes, with the identity fakes appointments make accounts in. */
public final class ConferenceTestbed {

    public final IdentityFixture identity = new IdentityFixture();
    public final ConferenceFakes fakes = new ConferenceFakes();
    public final CapturingSpreadsheetWriter spreadsheets = new CapturingSpreadsheetWriter();
    public final Actor admin = new Actor(AccountId.of(999), "admin", Role.ADMIN, null, null);
    public final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    public final InMemoryProofRepository proofs = new InMemoryProofRepository();
    public final InMemoryPaymentListReader paymentReader = new InMemoryPaymentListReader(payments, proofs);

    private final ConferenceLookup lookup = new ConferenceLookup(fakes.conferences);
    private final DelegateLookup delegateLookup = new DelegateLookup(fakes.delegates, fakes.members);
    private final DelegateRegistration registration = new DelegateRegistration(fakes.members, fakes.delegates,
            fakes.locks, fakes.districts, identity.audit, identity.clock);
    private final DistrictOfficialAccounts officialAccounts = identity.districtOfficialAccounts();

    public final CreateConference createConference =
            new CreateConference(fakes.conferences, identity.audit, identity.clock);
    public final EditConference editConference =
            new EditConference(fakes.conferences, lookup, identity.audit, identity.clock);
    public final DeleteConference deleteConference =
            new DeleteConference(fakes.conferences, fakes.delegates, lookup, identity.audit, identity.clock);
    public final ListConferences listConferences = new ListConferences(fakes.conferences);
    public final AddMemberDelegate addMemberDelegate = new AddMemberDelegate(lookup, registration, delegateLookup);
    public final RemoveMemberDelegate removeMemberDelegate =
            new RemoveMemberDelegate(lookup, delegateLookup, fakes.delegates, identity.audit, identity.clock);
    public final ChangeDelegateNeeds changeDelegateNeeds =
            new ChangeDelegateNeeds(lookup, delegateLookup, fakes.delegates, identity.audit, identity.clock);
    public final ShowDelegate showDelegate = new ShowDelegate(lookup, delegateLookup);
    public final ListDelegates listDelegates = new ListDelegates(lookup, fakes.readers);
    public final ShowConference showConference =
            new ShowConference(lookup, fakes.readers, registration, fakes.districts);
    public final AppointConferenceOfficial appoint = new AppointConferenceOfficial(lookup, registration,
            delegateLookup, fakes.districts, officialAccounts, identity.audit, identity.clock);
    public final RemoveConferenceOfficial removeOfficial =
            new RemoveConferenceOfficial(lookup, delegateLookup, fakes.delegates, identity.audit, identity.clock);
    public final ShowConferenceSummary showSummary =
            new ShowConferenceSummary(lookup, fakes.readers, paymentReader);
    public final ShowDistrictSummary showDistrictSummary =
            new ShowDistrictSummary(lookup, fakes.readers, paymentReader);
    private final AuditedExport exports = new AuditedExport(spreadsheets, identity.audit, identity.clock);
    public final ExportConferenceSummary exportSummary = new ExportConferenceSummary(lookup, fakes.readers,
            fakes.readers, paymentReader, exports);
    public final ExportConferencePayments exportPayments = new ExportConferencePayments(lookup, paymentReader,
            exports);

    public DistrictId district(String name, int officials, int members) {
        return fakes.districts.create(name, new ConferenceLimits(officials, members)).id();
    }

    public UnitId unit(DistrictId district, String name) {
        return fakes.members.addUnit(district, name);
    }

    public MemberId member(UnitId unit, String name, Gender gender) {
        return fakes.members.addMember(unit, name, gender);
    }

    /** The district's official as they act (their account need not exist for these use cases). */
    public Actor officialOf(DistrictId district) {
        return new Actor(AccountId.of(500 + district.value()), "official-" + district, Role.DISTRICT_OFFICIAL,
                district, null);
    }
}
