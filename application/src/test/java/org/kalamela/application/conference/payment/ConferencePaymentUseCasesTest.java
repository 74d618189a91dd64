package org.kalamela.application.conference.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.conference.ConferenceTestbed;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.conference.conference.CreateConference;
import org.kalamela.application.conference.delegate.AddMemberDelegate;
import org.kalamela.application.payment.fakes.InMemoryIdempotencyKeys;
import org.kalamela.application.payment.fakes.InMemoryPaymentListReader;
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
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Gender;
import org.kalamela.domain.shared.value.Money;

class ConferencePaymentUseCasesTest {

    private final ConferenceTestbed bed = new ConferenceTestbed();
    private final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    private final InMemoryProofRepository proofs = new InMemoryProofRepository();
    private final PaymentFinder finder = new PaymentFinder(payments, proofs);
    private final ConferenceLookup lookup = new ConferenceLookup(bed.fakes.conferences);
    private final CreateConferencePayment create = new CreateConferencePayment(lookup,
            new ConferencePayments(bed.fakes.readers, payments),
            new PaymentOpening(payments, new RecordingPaymentLocks(), bed.identity.audit, bed.identity.clock),
            new IdempotentCreation(new InMemoryIdempotencyKeys(), bed.identity.clock), finder);
    private final ListConferencePayments list = new ListConferencePayments(lookup,
            new InMemoryPaymentListReader(payments, proofs));
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
