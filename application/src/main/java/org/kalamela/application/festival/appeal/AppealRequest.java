package org.kalamela.application.festival.appeal;

import org.kalamela.domain.festival.appeal.AppealStatement;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.shared.validation.Validation;

/**
 * What every appeal names: the event, the entry by chest number or the team by its code (exactly one), and the
 * statement.
 *
 * @throws org.kalamela.domain.shared.error.InvalidInput {@code VALIDATION_FAILED} for a missing event, neither
 *         or both of chest number and team code, or a missing or too long statement
 */
public record AppealRequest(EventId event, ChestNumber chestNumber, TeamCode teamCode, AppealStatement statement) {

    public AppealRequest {
        new Validation()
                .required(event, "eventId")
                .check(chestNumber != null || teamCode != null, "chestNumber", "give a chest number or a team code")
                .check(chestNumber == null || teamCode == null, "teamCode",
                        "give a chest number or a team code, not both")
                .required(statement, "statement")
                .throwIfInvalid();
    }
}
