package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.application.festival.contract.JudgingContractWorld.AT;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.appeal.AppealReply;
import org.kalamela.domain.festival.appeal.AppealRepository;
import org.kalamela.domain.festival.appeal.AppealStatement;
import org.kalamela.domain.festival.appeal.AppealStatus;
import org.kalamela.domain.festival.appeal.NewAppeal;
import org.kalamela.domain.festival.appeal.ResultBefore;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;

/** What every {@link AppealRepository} does. */
public abstract class AppealRepositoryContract {

    protected abstract AppealRepository appeals();

    protected abstract FestivalContractFixtures fixtures();

    private NewAppeal appealFor(JudgingContractWorld world, Performer performer, Optional<AccountId> filedBy) {
        return new NewAppeal(world.event().id(), world.year(), performer, world.district(), filedBy,
                new AppealStatement("The mark was added wrongly.\nPlease recount."), AT);
    }

    @Test
    void a_filed_appeal_reads_back_submitted_and_is_found_for_its_entry_only() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Ottamthullal", 2);

        Appeal filed = appeals().add(appealFor(world, world.entries().get(0), Optional.empty()));

        assertThat(filed.status()).isEqualTo(AppealStatus.SUBMITTED);
        assertThat(filed.filedPublicly()).isTrue();
        assertThat(filed.statement().text()).isEqualTo("The mark was added wrongly.\nPlease recount.");
        assertThat(appeals().find(filed.id())).contains(filed);
        assertThat(appeals().lock(filed.id())).contains(filed);
        assertThat(appeals().existsFor(world.entries().get(0))).isTrue();
        assertThat(appeals().existsFor(world.entries().get(1))).isFalse();
        assertThat(appeals().find(AppealId.of(filed.id().value() + 1000))).isEmpty();
    }

    @Test
    void every_move_reads_back_with_the_fee_confirmation_and_the_decision() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Chakyarkoothu", 2);
        AccountId official = fixtures().givenJudge("appeal-filer");
        AccountId admin = fixtures().givenJudge("appeal-decider");
        Appeal accepted = appeals().add(appealFor(world, world.entries().get(0), Optional.of(official)));
        Appeal rejected = appeals().add(appealFor(world, world.entries().get(1), Optional.empty()));
        assertThat(accepted.filedBy()).contains(official);

        Appeal confirmed = accepted.feeConfirmed(admin, AT.plusSeconds(60));
        appeals().save(confirmed);
        assertThat(appeals().find(accepted.id())).contains(confirmed);

        Appeal decided = confirmed.accepted(new AppealReply("Recounted: the mark changes."), admin,
                AT.plusSeconds(120), Optional.of(new ResultBefore(0, new BigDecimal("61.25"), "B", 2, 4)));
        appeals().save(decided);
        assertThat(appeals().find(accepted.id())).contains(decided);

        Appeal declined = rejected.feeConfirmed(admin, AT.plusSeconds(60)).rejected(new AppealReply("No error."),
                admin, AT.plusSeconds(90), Optional.empty());
        appeals().save(declined);
        assertThat(appeals().find(rejected.id())).contains(declined);
    }

    @Test
    void a_second_appeal_for_the_same_entry_is_refused() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Kolkali", 1);
        appeals().add(appealFor(world, world.entries().get(0), Optional.empty()));

        assertThatThrownBy(() -> appeals().add(appealFor(world, world.entries().get(0), Optional.empty())))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("APPEAL_ALREADY_FILED"));
    }
}
