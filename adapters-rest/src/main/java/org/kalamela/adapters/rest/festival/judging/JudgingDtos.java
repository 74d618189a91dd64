package org.kalamela.adapters.rest.festival.judging;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the admin's judging set-up. */
final class JudgingDtos {

    private JudgingDtos() {
    }

    @Schema(name = "AssignJudgeRequest", description = "The judge's account id (a JUDGE account)")
    public record AssignJudgeRequest(Long judgeId) {
    }

    @Schema(name = "CriterionRequest", description = "A criterion's name (at most 60 characters) and maximum "
            + "(more than 0, at most 100, two decimals)")
    public record CriterionRequest(String name, BigDecimal maximum) {
    }

    @Schema(name = "CriteriaRequest", description = "The event's criteria in the order of the sheet; maxima add up "
            + "to 100, names are distinct")
    public record CriteriaRequest(List<CriterionRequest> criteria) {
    }
}
