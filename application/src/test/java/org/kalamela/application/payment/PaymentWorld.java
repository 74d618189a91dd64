package org.kalamela.application.payment;

import org.kalamela.application.festival.edition.CurrentEditionCache;
import org.kalamela.application.shared.fakes.ManualChangeSignals;
import java.time.Instant;
import java.util.Optional;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.fakes.InMemoryEditionRepository;
import org.kalamela.application.festival.fees.CreateKalamelaPayment;
import org.kalamela.application.festival.fees.KalamelaAccounts;
import org.kalamela.application.payment.fakes.FakeTransactions;
import org.kalamela.application.payment.fakes.InMemoryFeeCountLookup;
import org.kalamela.application.payment.fakes.InMemoryIdempotencyKeys;
import org.kalamela.application.payment.fakes.InMemoryPaymentRepository;
import org.kalamela.application.payment.fakes.InMemoryProofRepository;
import org.kalamela.application.payment.fakes.InMemoryProofStorage;
import org.kalamela.application.payment.fakes.RecordingPaymentLocks;
import org.kalamela.application.payment.idempotency.IdempotencyKey;
import org.kalamela.application.payment.idempotency.IdempotentCreation;
import org.kalamela.application.payment.payment.ApprovePayment;
import org.kalamela.application.payment.payment.DeclinePayment;
import org.kalamela.application.payment.payment.PaymentFinder;
import org.kalamela.application.payment.payment.PaymentOpening;
import org.kalamela.application.payment.payment.ShowPayment;
import org.kalamela.application.payment.proof.DownloadProof;
import org.kalamela.application.payment.proof.StoredProofCleanup;
import org.kalamela.application.payment.proof.UploadProof;
import org.kalamela.application.shared.fakes.InMemoryAuditLog;
import org.kalamela.application.shared.fakes.TestClock;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.festival.fees.EntryCounts;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.value.Money;

/** The payments' use cases wired to fakes, with a current 2026 edition and two districts' officials and an admin. */
public final class PaymentWorld {

    public static final EditionYear YEAR = EditionYear.of(2026);
    public static final DistrictId KOTTAYAM = DistrictId.of(3);
    public static final DistrictId KOLLAM = DistrictId.of(4);
    public static final Actor ADMIN = new Actor(AccountId.of(1), "admin", Role.ADMIN, null, null);
    public static final Actor OFFICIAL = new Actor(AccountId.of(10), "kottayam-official", Role.DISTRICT_OFFICIAL,
            KOTTAYAM, null);
    public static final Actor OTHER_OFFICIAL = new Actor(AccountId.of(11), "kollam-official",
            Role.DISTRICT_OFFICIAL, KOLLAM, null);

    public final TestClock clock = new TestClock(Instant.parse("2026-11-01T10:00:00Z"));
    public final InMemoryEditionRepository editions = new InMemoryEditionRepository();
    public final InMemoryPaymentRepository payments = new InMemoryPaymentRepository();
    public final InMemoryProofRepository proofs = new InMemoryProofRepository();
    public final InMemoryProofStorage storage = new InMemoryProofStorage();
    public final RecordingPaymentLocks locks = new RecordingPaymentLocks();
    public final InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
    public final InMemoryFeeCountLookup counts = new InMemoryFeeCountLookup();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final FakeTransactions transactions = new FakeTransactions();

    public final PaymentFinder finder = new PaymentFinder(payments, proofs);
    public final KalamelaAccounts accounts = new KalamelaAccounts(counts, payments);
    public final CreateKalamelaPayment create = new CreateKalamelaPayment(new CurrentEdition(editions, new CurrentEditionCache(editions, new ManualChangeSignals())), accounts,
            new PaymentOpening(payments, locks, audit, clock), new IdempotentCreation(keys, clock), finder);
    public final ShowPayment show = new ShowPayment(finder);
    public final ApprovePayment approve = new ApprovePayment(finder, payments, audit, clock);
    public final DeclinePayment decline = new DeclinePayment(finder, payments, audit, clock);
    public final UploadProof upload = new UploadProof(finder, payments, locks, proofs, storage,
            new StoredProofCleanup(transactions, storage), audit, clock);
    public final DownloadProof download = new DownloadProof(finder, proofs, storage);

    public PaymentWorld() {
        editions.create(new Edition(YEAR, FestivalRules.defaults2026(), new RegistrationWindow(
                Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"))));
        editions.markCurrent(YEAR);
    }

    public void entries(DistrictId district, long individual, long teams) {
        counts.set(YEAR, district, new EntryCounts(individual, teams));
    }

    public CreateKalamelaPayment.Created pay(Actor official, String amount, String key) {
        return create.execute(new CreateKalamelaPayment.Command(Money.of(amount),
                Optional.ofNullable(key).map(IdempotencyKey::new)), official);
    }
}
