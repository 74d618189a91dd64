package org.kalamela.application.festival.appeal;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.AppealTarget;
import org.kalamela.application.payment.idempotency.IdempotencyKey;
import org.kalamela.application.payment.idempotency.IdempotentCreation;
import org.kalamela.application.payment.idempotency.RequestFingerprint;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealFilingPolicy;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.appeal.AppealRepository;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * Anyone files an appeal for an entry of the current edition with its event, chest number (or team code) and
 * the phone number on record for the member (for a team, one of its members): refused with its own code when
 * the phone does not match, when the result is not published or the window has closed, or when the entry has an
 * appeal already. The answer names no member. The fee is paid through the district's official.
 */
@UseCase
public class FileAppeal {

    private final CurrentEdition currentEdition;
    private final AppealTargets targets;
    private final AppealFiling filing;
    private final AppealRepository appeals;
    private final IdempotentCreation idempotent;

    @Inject
    public FileAppeal(CurrentEdition currentEdition, AppealTargets targets, AppealFiling filing,
                      AppealRepository appeals, IdempotentCreation idempotent) {
        this.currentEdition = currentEdition;
        this.targets = targets;
        this.filing = filing;
        this.appeals = appeals;
        this.idempotent = idempotent;
    }

    public record Command(AppealRequest request, PhoneNumber phone, Optional<IdempotencyKey> key) {

        public Command {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(key, "key");
        }
    }

    /** The appeal as its public appellant sees it, and whether an earlier request with the key filed it. */
    public record Filed(PublicAppealView appeal, boolean replayed) {
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} when the event has no such entry in
     *         the current edition, {@code NO_CURRENT_EDITION}
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code APPEAL_PHONE_MISMATCH},
     *         {@code APPEAL_RESULT_NOT_PUBLISHED}, {@code APPEAL_WINDOW_CLOSED}, {@code APPEAL_ALREADY_FILED}
     * @throws org.kalamela.domain.shared.error.IdempotencyMismatch {@code IDEMPOTENCY_KEY_REUSED}
     */
    @Transactional
    public Filed execute(Command command) {
        Edition edition = currentEdition.require();
        AppealRequest request = command.request();
        IdempotentCreation.Outcome outcome = idempotent.createPublicly(command.key(), RequestFingerprint.of(
                        "appeal", request.event(), request.chestNumber(), request.teamCode(), command.phone().digits(),
                        request.statement().text()), () -> {
                    AppealTarget target = targets.require(request.event(), request.chestNumber(), request.teamCode());
                    AppealFilingPolicy.checkPhone(target.phonesOnRecord(), command.phone());
                    return filing.file(edition, target, request.statement(), Optional.empty()).id().value();
                });
        Appeal appeal = appeals.find(AppealId.of(outcome.resourceId())).orElseThrow();
        return new Filed(PublicAppealView.of(appeal, edition.rules().appealFee()), outcome.replayed());
    }
}
