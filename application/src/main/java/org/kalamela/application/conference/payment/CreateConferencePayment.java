package org.kalamela.application.conference.payment;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.conference.conference.ConferenceLookup;
import org.kalamela.application.payment.idempotency.IdempotencyKey;
import org.kalamela.application.payment.idempotency.IdempotentCreation;
import org.kalamela.application.payment.idempotency.RequestFingerprint;
import org.kalamela.application.payment.payment.PaymentDetails;
import org.kalamela.application.payment.payment.PaymentFinder;
import org.kalamela.application.payment.payment.PaymentOpening;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.payment.payment.PaymentScope;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/**
 * The district's official opens a payment for the district's conference balance (the fee for every delegate,
 * officials and members, less approved payments), stating the amount they saw: refused when nothing is due,
 * when the balance is another amount, or when a payment is already awaiting proof or review. With an
 * idempotency key a retry answers the first payment and creates nothing. The shared machinery opens it.
 */
@UseCase
public class CreateConferencePayment {

    private final ConferenceLookup conferences;
    private final ConferencePayments accounts;
    private final PaymentOpening opening;
    private final IdempotentCreation idempotent;
    private final PaymentFinder finder;

    @Inject
    public CreateConferencePayment(ConferenceLookup conferences, ConferencePayments accounts, PaymentOpening opening,
                                   IdempotentCreation idempotent, PaymentFinder finder) {
        this.conferences = conferences;
        this.accounts = accounts;
        this.opening = opening;
        this.idempotent = idempotent;
        this.finder = finder;
    }

    /** The amount the official states (the district summary's balance) and the optional idempotency key. */
    public record Command(ConferenceId conferenceId, Money amount, Optional<IdempotencyKey> key) {

        public Command {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(key, "key");
        }
    }

    /** The payment, and whether an earlier request with the same key created it. */
    public record Created(PaymentDetails details, boolean replayed) {
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for an unknown conference
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code CONFERENCE_NOTHING_TO_PAY},
     *         {@code CONFERENCE_AMOUNT_NOT_BALANCE}, {@code PAYMENT_ALREADY_OPEN}
     * @throws org.kalamela.domain.shared.error.IdempotencyMismatch {@code IDEMPOTENCY_KEY_REUSED} when the key
     *         came with another request
     */
    @Transactional
    public Created execute(Command command, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        Conference conference = conferences.require(command.conferenceId());
        DistrictId district = actor.districtId();
        PaymentScope scope = ConferencePayments.scopeOf(conference.id());
        IdempotentCreation.Outcome outcome = idempotent.create(command.key(), actor.accountId(),
                RequestFingerprint.of(scope, district, command.amount()), () -> opening.open(scope, district, actor,
                        () -> accounts.accountOf(conference, district).paymentFor(command.amount())).id().value());
        return new Created(finder.details(finder.visible(PaymentId.of(outcome.resourceId()),
                PaymentPurpose.CONFERENCE_FEES, actor)), outcome.replayed());
    }
}
