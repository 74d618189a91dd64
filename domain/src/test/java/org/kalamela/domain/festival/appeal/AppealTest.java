package org.kalamela.domain.festival.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.DISTRICT;
import static org.kalamela.domain.festival.FestivalFixtures.YEAR;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;
import static org.kalamela.domain.festival.JudgingFixtures.ADMIN;
import static org.kalamela.domain.festival.JudgingFixtures.EVENT;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.shared.id.AccountId;

class AppealTest {

    private static final Instant FILED = Instant.parse("2026-01-10T10:05:00Z");
    private static final Instant LATER = Instant.parse("2026-01-10T10:20:00Z");
    private static final AppealReply REPLY = new AppealReply("The marks were re-checked.");
    private static final Optional<ResultBefore> BEFORE =
            Optional.of(new ResultBefore(0, new BigDecimal("71.50"), "A", 2, 8));

    /** Every move of the machine, by name. */
    private static final Map<String, UnaryOperator<Appeal>> MOVES = Map.of(
            "confirm fee", a -> a.feeConfirmed(ADMIN, LATER),
            "accept", a -> a.accepted(REPLY, ADMIN, LATER, BEFORE),
            "reject", a -> a.rejected(REPLY, ADMIN, LATER, BEFORE));

    /** The only allowed moves, and where each leads. */
    private static final Map<AppealStatus, Map<String, AppealStatus>> ALLOWED = new EnumMap<>(Map.of(
            AppealStatus.SUBMITTED, Map.of("confirm fee", AppealStatus.FEE_CONFIRMED),
            AppealStatus.FEE_CONFIRMED, Map.of("accept", AppealStatus.ACCEPTED, "reject", AppealStatus.REJECTED),
            AppealStatus.ACCEPTED, Map.of(),
            AppealStatus.REJECTED, Map.of()));

    static Appeal submitted() {
        return new Appeal(AppealId.of(5), EVENT, YEAR, Performer.entry(IndividualEntryId.of(40)), DISTRICT,
                Optional.empty(), new AppealStatement("The mark of B was added wrongly."), FILED,
                AppealStatus.SUBMITTED, Optional.empty(), Optional.empty());
    }

    static Appeal in(AppealStatus status) {
        return switch (status) {
            case SUBMITTED -> submitted();
            case FEE_CONFIRMED -> submitted().feeConfirmed(ADMIN, LATER);
            case ACCEPTED -> in(AppealStatus.FEE_CONFIRMED).accepted(REPLY, ADMIN, LATER, BEFORE);
            case REJECTED -> in(AppealStatus.FEE_CONFIRMED).rejected(REPLY, ADMIN, LATER, BEFORE);
        };
    }

    @Test
    void an_appeal_is_filed_fee_confirmed_then_accepted_with_its_fee_refunded() {
        Appeal accepted = in(AppealStatus.ACCEPTED);

        assertThat(accepted.status()).isEqualTo(AppealStatus.ACCEPTED);
        assertThat(accepted.feeConfirmation()).contains(new Appeal.FeeConfirmation(ADMIN, LATER));
        AppealDecision decision = accepted.decision().orElseThrow();
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.fee()).isEqualTo(FeeOutcome.REFUNDED);
        assertThat(decision.reply()).isEqualTo(REPLY);
        assertThat(decision.before()).isEqualTo(BEFORE);
        assertThat(accepted.filedPublicly()).isTrue();
    }

    @Test
    void a_rejected_appeal_keeps_its_fee() {
        assertThat(in(AppealStatus.REJECTED).decision().orElseThrow().fee()).isEqualTo(FeeOutcome.KEPT);
    }

    @ParameterizedTest
    @EnumSource(AppealStatus.class)
    void from_every_status_exactly_the_allowed_moves_succeed_and_the_others_are_refused(AppealStatus status) {
        Appeal from = in(status);
        for (Map.Entry<String, UnaryOperator<Appeal>> move : MOVES.entrySet()) {
            AppealStatus to = ALLOWED.get(status).get(move.getKey());
            if (to != null) {
                assertThat(move.getValue().apply(from).status()).as(status + " " + move.getKey()).isEqualTo(to);
            } else {
                assertViolation(() -> move.getValue().apply(from), "ILLEGAL_APPEAL_TRANSITION");
            }
        }
    }

    @Test
    void pending_means_not_decided() {
        assertThat(Set.of(AppealStatus.values())).filteredOn(AppealStatus::isPending)
                .containsExactlyInAnyOrder(AppealStatus.SUBMITTED, AppealStatus.FEE_CONFIRMED);
    }

    @Test
    void an_inconsistent_appeal_cannot_be_built() {
        Appeal a = submitted();
        assertThatThrownBy(() -> new Appeal(a.id(), a.event(), a.edition(), a.performer(), a.district(), a.filedBy(),
                a.statement(), a.filedAt(), AppealStatus.ACCEPTED, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Appeal(a.id(), a.event(), a.edition(), a.performer(), a.district(), a.filedBy(),
                a.statement(), a.filedAt(), AppealStatus.FEE_CONFIRMED, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AppealDecision(true, REPLY, ADMIN, LATER, FeeOutcome.KEPT, BEFORE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_appeal_filed_by_an_official_names_the_account() {
        Appeal a = submitted();
        Appeal byOfficial = new Appeal(a.id(), a.event(), a.edition(), a.performer(), a.district(),
                Optional.of(AccountId.of(9)), a.statement(), a.filedAt(), a.status(), Optional.empty(), Optional.empty());
        assertThat(byOfficial.filedPublicly()).isFalse();
    }
}
