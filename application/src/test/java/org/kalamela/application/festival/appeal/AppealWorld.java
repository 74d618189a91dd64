package org.kalamela.application.festival.appeal;

import org.kalamela.application.festival.edition.CurrentEditionCache;
import org.kalamela.application.shared.fakes.ManualChangeSignals;
import static org.kalamela.application.payment.PaymentWorld.KOLLAM;
import static org.kalamela.application.payment.PaymentWorld.KOTTAYAM;
import static org.kalamela.application.payment.PaymentWorld.YEAR;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.fakes.FestivalFakes;
import org.kalamela.application.festival.fakes.InMemoryAppealListReader;
import org.kalamela.application.festival.fakes.InMemoryAppealTargets;
import org.kalamela.application.festival.query.AppealTarget;
import org.kalamela.application.payment.PaymentWorld;
import org.kalamela.application.payment.idempotency.IdempotencyKey;
import org.kalamela.application.payment.idempotency.IdempotentCreation;
import org.kalamela.application.payment.payment.PaymentOpening;
import org.kalamela.application.payment.proof.ProofUpload;
import org.kalamela.application.payment.proof.UploadProof;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.appeal.AppealReply;
import org.kalamela.domain.festival.appeal.AppealStatement;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.result.EntryPoints;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.Grade;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.payment.payment.PaymentId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * The appeals' use cases on fakes, over the payments' world: Light music (event 7) published at {@link #PUBLISHED}
 * with Kottayam's entry 40 (chest number 1001, phone 9876543210) third and Kollam's entry 41 first; a group
 * event (8) published with Kottayam's team 5 (GS-1).
 */
final class AppealWorld {

    static final EventId LIGHT_MUSIC = EventId.of(7);
    static final EventId GROUP_SONG = EventId.of(8);
    static final Performer KOTTAYAM_ENTRY = Performer.entry(IndividualEntryId.of(40));
    static final Performer KOLLAM_ENTRY = Performer.entry(IndividualEntryId.of(41));
    static final Performer KOTTAYAM_TEAM = Performer.team(TeamId.of(5));
    static final ChestNumber KOTTAYAM_CHEST = ChestNumber.of(1001);
    static final ChestNumber KOLLAM_CHEST = ChestNumber.of(1002);
    static final TeamCode TEAM_CODE = TeamCode.parse("GS-1");
    static final PhoneNumber PHONE = PhoneNumber.parse("9876543210", "phone");
    static final PhoneNumber TEAM_PHONE = PhoneNumber.parse("9876500001", "phone");

    final PaymentWorld pay = new PaymentWorld();
    final FestivalFakes festival = new FestivalFakes();
    final Instant published = pay.clock.instant();
    final InMemoryAppealTargets targets = new InMemoryAppealTargets();
    final InMemoryAppealListReader rows = new InMemoryAppealListReader(festival.appeals, pay.payments);
    final AppealFees fees = new AppealFees(new PaymentOpening(pay.payments, pay.locks, pay.audit, pay.clock),
            pay.payments);
    final AppealFiling filing = new AppealFiling(festival.appeals, festival.results, festival.judgingLocks, pay.audit,
            pay.clock);
    final AppealDetailsAssembler assembler = new AppealDetailsAssembler(festival.appeals, rows, fees, pay.finder);
    final CurrentEdition currentEdition = new CurrentEdition(pay.editions, new CurrentEditionCache(pay.editions, new ManualChangeSignals()));
    final AppealTargets appealTargets = new AppealTargets(targets);
    final IdempotentCreation idempotent = new IdempotentCreation(pay.keys, pay.clock);

    final FileAppeal file = new FileAppeal(currentEdition, appealTargets, filing, festival.appeals, idempotent);
    final FileAppealAsOfficial fileAsOfficial = new FileAppealAsOfficial(currentEdition, appealTargets, filing, fees,
            festival.appeals, assembler, idempotent);
    final OpenAppealFeePayment openFee = new OpenAppealFeePayment(assembler, fees, pay.editions);
    final ConfirmAppealFee confirmFee = new ConfirmAppealFee(assembler, festival.appeals, fees, pay.payments,
            pay.audit, pay.clock);
    final DecideAppeal decide = new DecideAppeal(assembler, festival.appeals, festival.results, festival.judgingLocks,
            pay.audit, pay.clock);
    final ListAppeals list = new ListAppeals(currentEdition, rows);
    final ShowAppeal show = new ShowAppeal(assembler);
    final PrintAppealLetter letter = new PrintAppealLetter(assembler, festival.results, festival.documents,
            pay.audit, pay.clock);

    AppealWorld() {
        targets.entry(KOTTAYAM_CHEST, new AppealTarget(LIGHT_MUSIC, YEAR, KOTTAYAM_ENTRY, KOTTAYAM, List.of(PHONE)));
        targets.entry(KOLLAM_CHEST, new AppealTarget(LIGHT_MUSIC, YEAR, KOLLAM_ENTRY, KOLLAM,
                List.of(PhoneNumber.parse("9876500099", "phone"))));
        targets.team(TEAM_CODE, new AppealTarget(GROUP_SONG, YEAR, KOTTAYAM_TEAM, KOTTAYAM,
                List.of(PhoneNumber.parse("9876500002", "phone"), TEAM_PHONE)));
        publish(LIGHT_MUSIC, List.of(entry("A", KOLLAM_ENTRY, "88.00", 1, "A", 5, 5),
                entry("B", KOTTAYAM_ENTRY, "55.00", 3, "B", 3, 1)));
        publish(GROUP_SONG, List.of(entry("A", KOTTAYAM_TEAM, "75.00", 1, "A", 5, 5)));
    }

    void publish(EventId event, List<EntryResult> entries) {
        EventResult result = EventResult.scoring(event, YEAR).tabulate(published.minusSeconds(300))
                .publish(() -> (int) event.value(), published, PaymentWorld.ADMIN.accountId());
        festival.results.save(result);
        festival.results.replaceEntries(result, entries);
    }

    static EntryResult entry(String letter, Performer performer, String mark, int rank, String grade, int gradePoints,
                             int rankPoints) {
        Grade g = Grade.of(grade, gradePoints);
        return new EntryResult(new CodeLetter(letter), performer, new BigDecimal(mark), g, rank, rankPoints,
                EntryPoints.points(performer.isTeam(), g, rankPoints));
    }

    static AppealRequest aboutKottayamEntry(String statement) {
        return new AppealRequest(LIGHT_MUSIC, KOTTAYAM_CHEST, null, new AppealStatement(statement));
    }

    FileAppeal.Filed filePublicly(PhoneNumber phone, String key) {
        return file.execute(new FileAppeal.Command(aboutKottayamEntry("Recount please"), phone,
                Optional.ofNullable(key).map(IdempotencyKey::new)));
    }

    /** A public appeal about Kottayam's entry whose fee Kottayam's official has opened and proved. */
    AppealId feeProved() {
        AppealId id = AppealId.of(filePublicly(PHONE, null).appeal().id());
        PaymentId payment = PaymentId.of(openFee.execute(id, PaymentWorld.OFFICIAL).fee().orElseThrow().payment().id()
                .value());
        pay.upload.execute(new UploadProof.Command(payment, PaymentPurpose.APPEAL_FEE,
                new ProofUpload("receipt.pdf", new ByteArrayInputStream("%PDF-1.4 receipt".getBytes()))),
                PaymentWorld.OFFICIAL);
        return id;
    }

    AppealDetails accept(AppealId id) {
        return decide.execute(id, new DecideAppeal.Command(true, new AppealReply("Recounted")), PaymentWorld.ADMIN);
    }

    byte[] printLetter(AppealId id, Actor actor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        letter.execute(id, actor, out);
        return out.toByteArray();
    }
}
