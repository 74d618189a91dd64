package org.kalamela.application.festival.appeal;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.payment.idempotency.IdempotencyKey;
import org.kalamela.application.payment.idempotency.IdempotentCreation;
import org.kalamela.application.payment.idempotency.RequestFingerprint;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealFilingPolicy;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.appeal.AppealRepository;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * The district's official files an appeal for one of the district's entries (or teams) of the current edition,
 * and its fee payment is opened at once (awaiting the proof). Refused for another district's entry, outside the
 * window, or when the entry has an appeal already.
 */
@UseCase
public class FileAppealAsOfficial {

    private final CurrentEdition currentEdition;
    private final AppealTargets targets;
    private final AppealFiling filing;
    private final AppealFees fees;
    private final AppealRepository appeals;
    private final AppealDetailsAssembler details;
    private final IdempotentCreation idempotent;

    @Inject
    public FileAppealAsOfficial(CurrentEdition currentEdition, AppealTargets targets, AppealFiling filing,
                                AppealFees fees, AppealRepository appeals, AppealDetailsAssembler details,
                                IdempotentCreation idempotent) {
        this.currentEdition = currentEdition;
        this.targets = targets;
        this.filing = filing;
        this.fees = fees;
        this.appeals = appeals;
        this.details = details;
        this.idempotent = idempotent;
    }

    public record Command(AppealRequest request, Optional<IdempotencyKey> key) {

        public Command {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(key, "key");
        }
    }

    /** The appeal with its fee payment, and whether an earlier request with the key filed it. */
    public record Filed(AppealDetails appeal, boolean replayed) {
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} when the event has no such entry
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code APPEAL_OTHER_DISTRICT},
     *         {@code APPEAL_RESULT_NOT_PUBLISHED}, {@code APPEAL_WINDOW_CLOSED}, {@code APPEAL_ALREADY_FILED}
     * @throws org.kalamela.domain.shared.error.IdempotencyMismatch {@code IDEMPOTENCY_KEY_REUSED}
     */
    @Transactional
    public Filed execute(Command command, Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        Edition edition = currentEdition.require();
        AppealRequest request = command.request();
        IdempotentCreation.Outcome outcome = idempotent.create(command.key(), actor.accountId(), RequestFingerprint.of(
                        "appeal", request.event(), request.chestNumber(), request.teamCode(),
                        request.statement().text()), () -> {
                    var target = targets.require(request.event(), request.chestNumber(), request.teamCode());
                    AppealFilingPolicy.checkOwnDistrict(actor.districtId(), target.district());
                    Appeal appeal = filing.file(edition, target, request.statement(),
                            Optional.of(new AppealFiling.Filer(actor.accountId(), actor.username())));
                    fees.open(appeal, edition, actor);
                    return appeal.id().value();
                });
        return new Filed(details.of(appeals.find(AppealId.of(outcome.resourceId())).orElseThrow()),
                outcome.replayed());
    }
}
