package org.kalamela.bootstrap.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.conference.appointment.AppointConferenceOfficial;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.conference.conference.ConferenceView;
import org.kalamela.application.conference.conference.CreateConference;
import org.kalamela.application.conference.delegate.AddMemberDelegate;
import org.kalamela.application.conference.payment.ConferencePayments;
import org.kalamela.application.conference.payment.CreateConferencePayment;
import org.kalamela.application.payment.payment.ApprovePayment;
import org.kalamela.application.payment.payment.DeclinePayment;
import org.kalamela.application.payment.proof.ProofUpload;
import org.kalamela.application.payment.proof.UploadProof;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Money;

/**
 * The conference part of the demo data, made through the conference's and payments' own use cases: an active
 * conference with the default fee, and in three districts of four an appointed official (linked to the
 * district's official account) and a few member delegates with mixed food preferences and accommodation needs.
 * The fees stand at every step of the shared payment machinery across the districts: approved, proof under
 * review, awaiting proof, rejected, and not paid at all, so the summaries and the payments list show each.
 */
@ApplicationScoped
class DemoConference {

    static final String TITLE = "CSI Youth Conference";
    /** A file that passes the proof check (a PDF by its first bytes); the demo has no real receipt to show. */
    private static final byte[] RECEIPT = "%PDF-1.4\n% Demo bank receipt for the conference fees\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    CreateConference createConference;
    @Inject
    AppointConferenceOfficial appointOfficial;
    @Inject
    AddMemberDelegate addDelegate;
    @Inject
    ConferenceLookup conferences;
    @Inject
    ConferencePayments accounts;
    @Inject
    CreateConferencePayment createPayment;
    @Inject
    UploadProof uploadProof;
    @Inject
    ApprovePayment approvePayment;
    @Inject
    DeclinePayment declinePayment;

    /** What was made, for the log. */
    record Loaded(long conferenceId, int delegates, int payments) {
    }

    /**
     * @param officials the districts' official accounts, in the districts' order
     * @param members each district's members, of its approved units first
     */
    Loaded load(Actor admin, List<DemoFestival.OfficialAccount> officials, Map<DistrictId, List<MemberId>> members) {
        ConferenceView view = createConference.execute(new CreateConference.Command(TITLE,
                "Three days of worship, talks and fellowship for the youth of the diocese", null, true), admin);
        ConferenceId conference = ConferenceId.of(view.id());
        int delegates = 0;
        int payments = 0;
        for (int d = 0; d < officials.size(); d++) {
            if (d % 4 == 3) {
                continue; // a district that has registered nobody yet
            }
            DemoFestival.OfficialAccount official = officials.get(d);
            List<MemberId> districtMembers = members.get(official.districtId());
            appointOfficial.execute(new AppointConferenceOfficial.Command(conference, districtMembers.get(0),
                    d % 2 == 0 ? FoodPreference.VEG : FoodPreference.NON_VEG, true, null, null, null), admin);
            Actor actor = new Actor(official.accountId(), official.username(), Role.DISTRICT_OFFICIAL,
                    official.districtId(), null);
            int memberDelegates = 2 + d % 5;
            for (int m = 1; m <= memberDelegates; m++) {
                addDelegate.execute(new AddMemberDelegate.Command(conference, districtMembers.get(m),
                        m % 3 == 0 ? FoodPreference.VEG : FoodPreference.NON_VEG, m % 2 == 0), actor);
            }
            delegates += 1 + memberDelegates;
            if (pay(conference, d, actor, admin)) {
                payments++;
            }
        }
        return new Loaded(view.id(), delegates, payments);
    }

    /** Takes the district's fees to one step of the payment workflow, by its place in the list; false: unpaid. */
    private boolean pay(ConferenceId conference, int d, Actor official, Actor admin) {
        if (d > 4) {
            return false;
        }
        Money balance = accounts.accountOf(conferences.require(conference), official.districtId()).balance();
        PaymentId payment = PaymentId.of(createPayment.execute(new CreateConferencePayment.Command(conference,
                balance, Optional.empty()), official).details().payment().id().value());
        if (d == 2) {
            return true; // awaiting its proof
        }
        uploadProof.execute(new UploadProof.Command(payment, PaymentPurpose.CONFERENCE_FEES,
                new ProofUpload("bank-receipt.pdf", new ByteArrayInputStream(RECEIPT))), official);
        if (d == 0) {
            approvePayment.execute(payment, PaymentPurpose.CONFERENCE_FEES, admin);
        } else if (d == 4) {
            declinePayment.execute(payment, PaymentPurpose.CONFERENCE_FEES,
                    "The amount on the receipt does not match the balance", admin);
        }
        return true;
    }
}
