package org.kalamela.application.festival.result;

import java.util.Optional;
import org.kalamela.domain.festival.judging.SheetState;
import org.kalamela.domain.festival.judging.Submission;
import org.kalamela.domain.shared.id.AccountId;

/** A judge of the panel as the result view heads their column: who, and where their sheet stands. */
public record PanelJudge(AccountId id, String name, SheetState sheet, Optional<Submission> submission) {
}
