package org.kalamela.application.festival.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;
import static org.kalamela.application.festival.appeal.AppealWorld.GROUP_SONG;
import static org.kalamela.application.festival.appeal.AppealWorld.KOLLAM_CHEST;
import static org.kalamela.application.festival.appeal.AppealWorld.LIGHT_MUSIC;
import static org.kalamela.application.festival.appeal.AppealWorld.PHONE;
import static org.kalamela.application.festival.appeal.AppealWorld.TEAM_CODE;
import static org.kalamela.application.festival.appeal.AppealWorld.TEAM_PHONE;
import static org.kalamela.application.payment.PaymentWorld.ADMIN;
import static org.kalamela.application.payment.PaymentWorld.OFFICIAL;
import static org.kalamela.application.payment.PaymentWorld.OTHER_OFFICIAL;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.application.document.CapturingDocumentPrinter;
import org.kalamela.application.festival.query.AppealRow;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.appeal.AppealReply;
import org.kalamela.domain.festival.appeal.AppealStatement;
import org.kalamela.domain.festival.appeal.AppealStatus;
import org.kalamela.domain.festival.appeal.FeeOutcome;
import org.kalamela.domain.festival.result.EventResultState;
import org.kalamela.domain.payment.payment.PaymentStatus;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Money;
import org.kalamela.domain.shared.value.PhoneNumber;

class AppealUseCasesTest {

    private final AppealWorld world = new AppealWorld();

    @Test
    void a_public_appeal_with_the_phone_on_record_is_filed_under_the_events_lock_and_audited_as_public() {
        FileAppeal.Filed filed = world.filePublicly(PhoneNumber.parse("+91 98765 43210", "phone"), null);

        assertThat(filed.appeal().status()).isEqualTo(AppealStatus.SUBMITTED);
        assertThat(filed.appeal().fee()).isEqualTo(Money.of("1000.00"));
        assertThat(world.festival.judgingLocks.locked()).contains(LIGHT_MUSIC);
        assertThat(world.pay.audit.actions()).contains("APPEAL_FILED");
        assertThat(world.pay.audit.entries()).filteredOn(e -> e.action().equals("APPEAL_FILED"))
                .allSatisfy(e -> assertThat(e.actorName()).isEqualTo("public"));
    }

    @Test
    void the_wrong_phone_another_events_entry_and_a_second_appeal_are_refused_and_change_nothing() {
        assertViolation(() -> world.filePublicly(PhoneNumber.parse("9876500099", "phone"), null),
                "APPEAL_PHONE_MISMATCH");
        assertNotFound(() -> world.file.execute(new FileAppeal.Command(new AppealRequest(GROUP_SONG,
                AppealWorld.KOTTAYAM_CHEST, null, new AppealStatement("x")), PHONE, Optional.empty())));
        assertThat(world.festival.appeals.existsFor(AppealWorld.KOTTAYAM_ENTRY)).isFalse();

        world.filePublicly(PHONE, null);
        assertViolation(() -> world.filePublicly(PHONE, null), "APPEAL_ALREADY_FILED");
    }

    @Test
    void the_window_closes_thirty_minutes_after_the_first_publication() {
        world.pay.clock.advance(Duration.ofMinutes(30));
        world.filePublicly(PHONE, null);

        world.pay.clock.advance(Duration.ofSeconds(1));
        assertViolation(() -> world.file.execute(new FileAppeal.Command(new AppealRequest(GROUP_SONG, null, TEAM_CODE,
                new AppealStatement("Late")), TEAM_PHONE, Optional.empty())), "APPEAL_WINDOW_CLOSED");
    }

    @Test
    void a_retry_with_the_same_key_answers_the_first_appeal() {
        FileAppeal.Filed first = world.filePublicly(PHONE, "retry-1");
        FileAppeal.Filed again = world.filePublicly(PHONE, "retry-1");

        assertThat(again.replayed()).isTrue();
        assertThat(again.appeal().id()).isEqualTo(first.appeal().id());
    }

    @Test
    void an_official_files_only_for_the_district_and_the_fee_payment_opens_at_once() {
        assertViolation(() -> world.fileAsOfficial.execute(new FileAppealAsOfficial.Command(
                new AppealRequest(LIGHT_MUSIC, KOLLAM_CHEST, null, new AppealStatement("x")), Optional.empty()),
                OFFICIAL), "APPEAL_OTHER_DISTRICT");

        AppealDetails filed = world.fileAsOfficial.execute(new FileAppealAsOfficial.Command(new AppealRequest(
                GROUP_SONG, null, TEAM_CODE, new AppealStatement("Recount")), Optional.empty()), OFFICIAL).appeal();

        assertThat(filed.appeal().filedBy()).contains(OFFICIAL.accountId());
        assertThat(filed.fee().orElseThrow().payment().status()).isEqualTo(PaymentStatus.AWAITING_PROOF);
        assertThat(filed.fee().orElseThrow().payment().amount()).isEqualTo(Money.of("1000.00"));
        assertViolation(() -> world.openFee.execute(AppealId.of(filed.row().id()), OFFICIAL), "PAYMENT_ALREADY_OPEN");
    }

    @Test
    void the_fee_is_confirmed_only_with_a_submitted_proof_and_approves_the_payment() {
        AppealId bare = AppealId.of(world.filePublicly(PHONE, null).appeal().id());
        assertViolation(() -> world.confirmFee.execute(bare, ADMIN), "ILLEGAL_PAYMENT_TRANSITION");
        assertNotFound(() -> world.openFee.execute(bare, OTHER_OFFICIAL));

        world.openFee.execute(bare, OFFICIAL);
        assertViolation(() -> world.confirmFee.execute(bare, ADMIN), "ILLEGAL_PAYMENT_TRANSITION");
    }

    @Test
    void accepting_refunds_the_fee_keeps_the_result_it_was_taken_on_and_puts_the_result_under_appeal() {
        AppealWorld proved = world;
        AppealId id = proved.feeProved();

        AppealDetails confirmed = world.confirmFee.execute(id, ADMIN);
        assertThat(confirmed.appeal().status()).isEqualTo(AppealStatus.FEE_CONFIRMED);
        assertThat(confirmed.fee().orElseThrow().payment().status()).isEqualTo(PaymentStatus.APPROVED);
        assertViolation(() -> world.openFee.execute(id, OFFICIAL), "ILLEGAL_APPEAL_TRANSITION");

        AppealDetails accepted = world.accept(id);

        assertThat(accepted.appeal().status()).isEqualTo(AppealStatus.ACCEPTED);
        assertThat(accepted.appeal().decision().orElseThrow().fee()).isEqualTo(FeeOutcome.REFUNDED);
        assertThat(accepted.appeal().decision().orElseThrow().before().orElseThrow().rank()).isEqualTo(3);
        assertThat(world.festival.results.find(LIGHT_MUSIC).orElseThrow().state())
                .isEqualTo(EventResultState.UNDER_APPEAL);
        assertThat(world.pay.audit.actions()).contains("PAYMENT_APPROVED", "APPEAL_FEE_CONFIRMED", "APPEAL_ACCEPTED");
        assertViolation(() -> world.accept(id), "ILLEGAL_APPEAL_TRANSITION");
    }

    @Test
    void rejecting_keeps_the_fee_and_leaves_the_result_published() {
        AppealId id = world.feeProved();
        world.confirmFee.execute(id, ADMIN);

        AppealDetails rejected = world.decide.execute(id, new DecideAppeal.Command(false, new AppealReply("No error")),
                ADMIN);

        assertThat(rejected.appeal().decision().orElseThrow().fee()).isEqualTo(FeeOutcome.KEPT);
        assertThat(world.festival.results.find(LIGHT_MUSIC).orElseThrow().state())
                .isEqualTo(EventResultState.PUBLISHED);
    }

    @Test
    void the_letter_needs_a_decision_and_prints_the_reply_and_the_result_before_and_after_the_revision() {
        AppealId id = world.feeProved();
        assertViolation(() -> world.printLetter(id, ADMIN), "APPEAL_NOT_DECIDED");
        world.confirmFee.execute(id, ADMIN);
        world.accept(id);

        world.printLetter(id, OFFICIAL);
        CapturingDocumentPrinter.Sheet pending = world.festival.documents.last(CapturingDocumentPrinter.Sheet.class);
        assertThat(pending.rows()).hasSize(2);
        assertThat(pending.rows().get(0)).contains("55.00", "B", "3", "4");
        assertThat(pending.rows().get(1).get(0)).isEqualTo("Revised result: not republished yet");

        var underAppeal = world.festival.results.find(LIGHT_MUSIC).orElseThrow();
        var republished = underAppeal.retabulate(world.pay.clock.instant()).republish(world.pay.clock.instant(),
                ADMIN.accountId());
        world.festival.results.save(republished);
        world.festival.results.replaceEntries(republished, java.util.List.of(
                AppealWorld.entry("A", AppealWorld.KOLLAM_ENTRY, "88.00", 2, "A", 5, 3),
                AppealWorld.entry("B", AppealWorld.KOTTAYAM_ENTRY, "90.00", 1, "A", 5, 5)));
        world.printLetter(id, ADMIN);

        CapturingDocumentPrinter.Sheet revised = world.festival.documents.last(CapturingDocumentPrinter.Sheet.class);
        assertThat(revised.title()).isEqualTo("Decision on appeal No. " + id);
        assertThat(revised.headings()).anySatisfy(h -> assertThat(h).contains("Recount please"));
        assertThat(revised.rows().get(1)).contains("Revised result (revision 1)", "90.00", "A", "1", "10");
        assertThat(revised.closingLines()).anySatisfy(l -> assertThat(l).contains("Recounted"))
                .anySatisfy(l -> assertThat(l).contains("refunded"));
        assertNotFound(() -> world.printLetter(id, OTHER_OFFICIAL));
        assertThat(world.pay.audit.actions()).contains("APPEAL_LETTER_PRINTED");
    }

    @Test
    void an_official_lists_and_sees_only_the_districts_appeals_and_the_admin_the_pending_ones() {
        AppealId kottayam = AppealId.of(world.filePublicly(PHONE, null).appeal().id());
        world.file.execute(new FileAppeal.Command(new AppealRequest(LIGHT_MUSIC, KOLLAM_CHEST, null,
                new AppealStatement("Recount")), PhoneNumber.parse("9876500099", "phone"), Optional.empty()));

        assertThat(world.list.execute(new ListAppeals.Query(null, false, Optional.empty(), Optional.empty(),
                PageRequest.of(null, null)), OFFICIAL).items()).extracting(AppealRow::id)
                .containsExactly(kottayam.value());
        assertThat(world.list.execute(new ListAppeals.Query(null, true, Optional.of(AppealStatus.ACCEPTED),
                Optional.empty(), PageRequest.of(null, null)), ADMIN).items()).hasSize(2);
        assertThat(world.list.execute(new ListAppeals.Query(null, false, Optional.of(AppealStatus.ACCEPTED),
                Optional.empty(), PageRequest.of(null, null)), ADMIN).items()).isEmpty();
        assertNotFound(() -> world.show.execute(kottayam, OTHER_OFFICIAL));
        assertThat(world.show.execute(kottayam, OFFICIAL).appeal().id()).isEqualTo(kottayam);
    }
}
