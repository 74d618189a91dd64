package org.kalamela.domain.festival.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.DISTRICT;
import static org.kalamela.domain.festival.FestivalFixtures.YEAR;
import static org.kalamela.domain.festival.FestivalFixtures.assertViolation;
import static org.kalamela.domain.festival.JudgingFixtures.ADMIN;
import static org.kalamela.domain.festival.JudgingFixtures.EVENT;

import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.result.EventResult;

class HistoricalAppealTest {

    private static final Instant PUBLISHED = Instant.parse("2019-08-01T09:00:00Z");
    private static final Instant IMPORTED = Instant.parse("2026-12-07T06:00:00Z");
    private static final Performer ENTRY = Performer.entry(IndividualEntryId.of(40));
    private static final AppealStatement STATEMENT = new AppealStatement("The mark is too low");
    private static final AppealReply REPLY = new AppealReply("Re-checked: the mark stands.");

    private static EventResult published() {
        return EventResult.scoring(EVENT, YEAR).tabulate(PUBLISHED).publish(() -> 1, PUBLISHED, ADMIN);
    }

    private static NewAppeal recorded(Optional<EventResult> result, boolean inResult, boolean alreadyFiled,
                                      Instant filedAt) {
        return HistoricalAppeal.recorded(result, inResult, alreadyFiled, EVENT, YEAR, ENTRY, DISTRICT, STATEMENT,
                filedAt);
    }

    @Test
    void anOldAppealIsRecordedAtItsOldTimeEvenLongAfterTheWindowClosed() {
        Duration window = Duration.ofMinutes(30);
        Instant longAfter = PUBLISHED.plus(Duration.ofDays(3));
        assertViolation(() -> AppealWindow.checkOpen(published(), longAfter, window), "APPEAL_WINDOW_CLOSED");

        NewAppeal appeal = recorded(Optional.of(published()), true, false, longAfter);

        assertThat(appeal.filedAt()).isEqualTo(longAfter);
        assertThat(appeal.filedBy()).isEmpty();
        assertThat(appeal.performer()).isEqualTo(ENTRY);
        assertThat(appeal.district()).isEqualTo(DISTRICT);
    }

    @Test
    void anOldAppealStillConcernsAPublishedResultWithTheEntryInIt() {
        assertViolation(() -> recorded(Optional.empty(), false, false, IMPORTED),
                "APPEAL_RESULT_NOT_PUBLISHED");
        assertViolation(() -> recorded(Optional.of(EventResult.scoring(EVENT, YEAR).tabulate(PUBLISHED)), true,
                false, IMPORTED), "APPEAL_RESULT_NOT_PUBLISHED");
        assertViolation(() -> recorded(Optional.of(published()), false, false, IMPORTED),
                "APPEAL_RESULT_NOT_PUBLISHED");
        assertViolation(() -> recorded(Optional.of(published().openAppeal()), true, true, IMPORTED),
                "APPEAL_ALREADY_FILED");
    }

    private static Appeal filed() {
        return new Appeal(AppealId.of(5), EVENT, YEAR, ENTRY, DISTRICT, Optional.empty(), STATEMENT, PUBLISHED,
                AppealStatus.SUBMITTED, Optional.empty(), Optional.empty());
    }

    @ParameterizedTest
    @EnumSource(AppealStatus.class)
    void theOldStatusIsReachedThroughTheStateMachineByTheImportingAdmin(AppealStatus status) {
        Appeal settled = HistoricalAppeal.settled(filed(), status, Optional.of(REPLY), ADMIN, IMPORTED);

        assertThat(settled.status()).isEqualTo(status);
        assertThat(settled.feeConfirmation().isPresent()).isEqualTo(status != AppealStatus.SUBMITTED);
        settled.feeConfirmation().ifPresent(fee -> assertThat(fee).isEqualTo(new Appeal.FeeConfirmation(ADMIN,
                IMPORTED)));
        assertThat(settled.decision().isPresent()).isEqualTo(!status.isPending());
        settled.decision().ifPresent(decision -> {
            assertThat(decision.reply()).isEqualTo(REPLY);
            assertThat(decision.decidedBy()).isEqualTo(ADMIN);
            assertThat(decision.before()).isEmpty();
            assertThat(decision.fee()).isEqualTo(status == AppealStatus.ACCEPTED ? FeeOutcome.REFUNDED
                    : FeeOutcome.KEPT);
        });
    }

    @Test
    void aDecisionNeedsTheOldReply() {
        assertThatThrownBy(() -> HistoricalAppeal.settled(filed(), AppealStatus.ACCEPTED, Optional.empty(), ADMIN,
                IMPORTED)).isInstanceOf(NoSuchElementException.class);
    }
}
