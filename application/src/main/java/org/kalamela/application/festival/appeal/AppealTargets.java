package org.kalamela.application.festival.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kalamela.application.festival.query.AppealTarget;
import org.kalamela.application.festival.query.AppealTargetReader;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.shared.error.NotFound;

/**
 * Finds the entry or team an appeal names by its event and chest number or team code. Whatever is wrong (no
 * such event, number or team, or a member not entered in the event) answers the same 404, so a guess learns
 * nothing. Runs inside the calling use case's transaction.
 */
@ApplicationScoped
public class AppealTargets {

    private final AppealTargetReader targets;

    @Inject
    public AppealTargets(AppealTargetReader targets) {
        this.targets = targets;
    }

    /** Exactly one of chest number and team code is given (checked by the command). */
    public AppealTarget require(EventId event, ChestNumber chestNumber, TeamCode teamCode) {
        return (chestNumber != null ? targets.byChestNumber(event, chestNumber) : targets.byTeamCode(event, teamCode))
                .orElseThrow(() -> new NotFound("Entry of event", event));
    }
}
