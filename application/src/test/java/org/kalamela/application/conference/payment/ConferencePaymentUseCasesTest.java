package org.kalamela.application.conference.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.conference.ConferenceTestbed;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.conference.conference.CreateConference;
import org.kalamela.application.conference.delegate.AddMemberDelegate;
import org.kalamela.application.conference.query.DelegateFilter;
import org.kalamela.application.conference.summary.ConferenceSummary;
import org.kalamela.application.conference.summary.DistrictSummary;
import org.kalamela.application.festival.fakes.CapturingSpreadsheetWriter.Sheet;
import org.kalamela.application.payment.fakes.InMemoryIdempotencyKeys;
import org.kalamela.application.payment.fakes.InMemoryPaymentRepository;
import org.kalamela.application.payment.fakes.InMemoryProofRepository;
import org.kalamela.application.payment.fakes.RecordingPaymentLocks;
import org.kalamela.application.payment.idempotency.IdempotencyKey;
import org.kalamela.application.payment.idempotency.IdempotentCreation;
import org.kalamela.application.payment.payment.ApprovePayment;
import org.kalamela.application.payment.payment.PaymentFinder;
import org.kalamela.application.payment.payment.PaymentOpening;
import org.kalamela.application.payment.query.PaymentRow;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.payment.payment.Payment;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Gender;
import org.kalamela.domain.shared.value.Money;

class ConferencePaymentUseCasesTest {

    private final ConferenceTestbed bed = new ConferenceTestbed();
    private final InMemoryPaymentRepository payments = bed.payments;
    private final InMemoryProofRepository proofs = bed.proofs;
    private final PaymentFinder finder = new PaymentFinder(payments, proofs);
    private final ConferenceLookup lookup = new ConferenceLookup(bed.fakes.conferences);
    private final CreateConferencePayment create = new CreateConferencePayment(lookup,
            new ConferencePayments(bed.fakes.readers, payments),
            new PaymentOpening(payments, new RecordingPaymentLocks(), bed.identity.audit, bed.identity.clock),
            new IdempotentCreation(new InMemoryIdempotencyKeys(), bed.identity.clock), finder);
    private final ListConferencePayments list = new ListConferencePayments(lookup,
            bed.paymentReader);
    private ConferenceId conference;
    private DistrictId adoor;
    private DistrictId kollam;
    private Actor adoorOfficial;

    @BeforeEach
    void twoDelegates() {
        conference = ConferenceId.of(bed.createConference.execute(new CreateConference.Command("Paid", null, null,
                null), bed.admin).id());
        adoor = bed.district("Adoor", 2, 5);
        kollam = bed.district("Kollam", 2, 5);
        adoorOfficial = bed.officialOf(adoor);
        UnitId bethel = bed.unit(adoor, "Bethel");
        for (String name : new String[] {"Anu", "Binu"}) {
            bed.addMemberDelegate.execute(new AddMemberDelegate.Command(conference, bed.member(bethel, name, Gender.F),
                    FoodPreference.VEG, false), adoorOfficial);
        }
    }

    private CreateConferencePayment.Created pay(String amount, String key) {
        return create.execute(new CreateConferencePayment.Command(conference, Money.of(amount),
                Optional.ofNullable(key).map(IdempotencyKey::new)), adoorOfficial);
    }

    private static String code(Throwable e) {
        return ((RuleViolation) e).code();
    }

    @Test
    void the_official_pays_the_fee_of_every_delegate_once_and_a_retry_answers_the_first() {
        assertThatThrownBy(() -> pay("300.00", null)).satisfies(e -> assertThat(code(e))
                .isEqualTo("CONFERENCE_AMOUNT_NOT_BALANCE"));

        CreateConferencePayment.Created first = pay("600.00", "key-1");
        Payment payment = first.details().payment();
        assertThat(payment.scope()).isEqualTo(ConferencePayments.scopeOf(conference));
        assertThat(payment.amount()).isEqualTo(Money.of(600));
        assertThat(payment.status()).isEqualTo(PaymentStatus.AWAITING_PROOF);
        assertThat(pay("600.00", "key-1").replayed()).isTrue();
        assertThatThrownBy(() -> pay("600.00", null)).satisfies(e -> assertThat(code(e))
                .isEqualTo("PAYMENT_ALREADY_OPEN"));
    }

    @Test
    void once_approved_nothing_is_due() {
        Payment payment = pay("600.00", null).details().payment();
        payments.recordMove(payment.proofSubmitted(adoorOfficial.accountId(), bed.identity.clock.instant()));
        new ApprovePayment(finder, payments, bed.identity.audit, bed.identity.clock).execute(payment.id(),
                PaymentPurpose.CONFERENCE_FEES, bed.admin);

        assertThatThrownBy(() -> pay("600.00", null)).satisfies(e -> assertThat(code(e))
                .isEqualTo("CONFERENCE_NOTHING_TO_PAY"));
    }

    @Test
    void the_summaries_and_the_summary_export_show_what_is_paid_and_the_latest_payments_status() {
        Payment payment = pay("600.00", null).details().payment();

        ConferenceSummary open = bed.showSummary.execute(conference, bed.admin);
        assertThat(open.districts()).extracting(DistrictSummary::districtName, DistrictSummary::paymentStatusName,
                DistrictSummary::paid, DistrictSummary::balance).containsExactly(
                tuple("Adoor", "AWAITING_PROOF", Money.ZERO, Money.of(600)),
                tuple("Kollam", "NOT_CREATED", Money.ZERO, Money.ZERO));

        payments.recordMove(payment.proofSubmitted(adoorOfficial.accountId(), bed.identity.clock.instant()));
        new ApprovePayment(finder, payments, bed.identity.audit, bed.identity.clock).execute(payment.id(),
                PaymentPurpose.CONFERENCE_FEES, bed.admin);

        ConferenceSummary paid = bed.showSummary.execute(conference, bed.admin);
        assertThat(paid.districts().get(0).paymentStatus()).contains(PaymentStatus.APPROVED);
        assertThat(paid.districts().get(0).paid()).isEqualTo(Money.of(600));
        assertThat(paid.districts().get(0).balance()).isEqualTo(Money.ZERO);
        assertThat(paid.totals().paid()).isEqualTo(Money.of(600));
        assertThat(paid.totals().balance()).isEqualTo(Money.ZERO);
        DistrictSummary own = bed.showDistrictSummary.execute(conference, null, adoorOfficial);
        assertThat(own.paymentStatusName()).isEqualTo("APPROVED");
        assertThat(own.paid()).isEqualTo(Money.of(600));

        bed.exportSummary.execute(conference, adoorOfficial, new ByteArrayOutputStream());
        Sheet districts = bed.spreadsheets.sheets().get(0);
        assertThat(districts.headers()).endsWith("Fees due", "Paid", "Balance", "Credit", "Payment status");
        assertThat(districts.rows()).singleElement().satisfies(row -> assertThat(row.subList(11, 16))
                .containsExactly(Money.of(600), Money.of(600), Money.ZERO, Money.ZERO, "APPROVED"));
    }

    @Test
    void a_removed_delegate_after_approval_leaves_a_credit_in_the_summary() {
        Payment payment = pay("600.00", null).details().payment();
        payments.recordMove(payment.proofSubmitted(adoorOfficial.accountId(), bed.identity.clock.instant()));
        new ApprovePayment(finder, payments, bed.identity.audit, bed.identity.clock).execute(payment.id(),
                PaymentPurpose.CONFERENCE_FEES, bed.admin);
        bed.removeMemberDelegate.execute(conference, bed.listDelegates.execute(conference,
                new DelegateFilter(null, null), new PageRequest(0, 10), adoorOfficial).items().get(0).id(),
                adoorOfficial);

        DistrictSummary adoorLine = bed.showDistrictSummary.execute(conference, adoor, bed.admin);
        assertThat(adoorLine.feesDue()).isEqualTo(Money.of(300));
        assertThat(adoorLine.balance()).isEqualTo(Money.ZERO);
        assertThat(adoorLine.credit()).isEqualTo(Money.of(300));
    }

    @Test
    void the_admin_exports_the_conferences_payments_audited_and_officials_may_not() {
        pay("600.00", null);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bed.exportPayments.execute(conference, bed.admin, out);

        Sheet sheet = bed.spreadsheets.sheets().get(0);
        assertThat(sheet.name()).isEqualTo("Payments");
        assertThat(sheet.headers()).containsExactly("Payment", "District", "Amount", "Status", "Created (UTC)",
                "Last change (UTC)", "Proofs");
        assertThat(sheet.rows()).singleElement().satisfies(row -> assertThat(row.subList(2, 4))
                .containsExactly(Money.of(600), "AWAITING_PROOF"));
        assertThat(bed.identity.audit.last("EXPORT_CONFERENCE_PAYMENTS").targetId())
                .isEqualTo("conference-" + conference + "-payments");
        assertThat(out.size()).isPositive();
        assertThatThrownBy(() -> bed.exportPayments.execute(conference, adoorOfficial, new ByteArrayOutputStream()))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> bed.exportPayments.execute(ConferenceId.of(conference.value() + 99), bed.admin,
                new ByteArrayOutputStream())).isInstanceOf(NotFound.class);
    }

    @Test
    void the_list_is_the_officials_own_and_any_district_for_the_admin() {
        pay("600.00", null);
        PageRequest page = new PageRequest(0, 10);

        assertThat(list.execute(new ListConferencePayments.Query(conference, Optional.empty(), Optional.empty(),
                page), adoorOfficial).items()).extracting(PaymentRow::districtId).containsExactly(adoor);
        assertThat(list.execute(new ListConferencePayments.Query(conference, Optional.empty(), Optional.empty(),
                page), bed.officialOf(kollam)).total()).isZero();
        assertThat(list.execute(new ListConferencePayments.Query(conference, Optional.empty(), Optional.of(adoor),
                page), bed.admin).total()).isEqualTo(1);
        assertThatThrownBy(() -> list.execute(new ListConferencePayments.Query(conference, Optional.empty(),
                Optional.of(adoor), page), bed.officialOf(kollam))).isInstanceOf(NotFound.class);
    }
}
