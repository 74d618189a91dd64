package org.kalamela.adapters.rest.festival.judging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.festival.judging.EnterSingleMarks;
import org.kalamela.application.festival.judging.SheetView;
import org.kalamela.domain.festival.judging.MarkInput;

/**
 * The sheets' request and response bodies. A judge's sheet names code letters only: these records have no
 * field that could carry a name, unit, district or chest number.
 */
public final class SheetDtos {

    private SheetDtos() {
    }

    @Schema(name = "MarkEntry", description = "A mark for a drawn code letter on a criterion (numbered from 1): "
            + "0 to the criterion's maximum, at most two decimals")
    public record MarkDto(String codeLetter, Integer criterion, BigDecimal mark) {

        MarkInput input() {
            return new MarkInput(codeLetter, criterion, mark);
        }

        static List<MarkInput> inputs(List<MarkDto> marks) {
            return marks == null ? null : marks.stream().map(m -> m == null ? null : m.input()).toList();
        }
    }

    @Schema(name = "SheetMarksRequest", description = "Marks to save over the sheet's cells; one bad mark keeps none")
    public record SheetMarksRequest(List<MarkDto> marks) {
    }

    @Schema(name = "PaperSheetRequest", description = "A judge's paper sheet typed by the tabulator: the marks, and "
            + "submit true to submit the sheet with them")
    public record PaperSheetRequest(List<MarkDto> marks, Boolean submit) {
    }

    @Schema(name = "SheetCorrectionRequest", description = "Corrected marks (only the cells that change) and the "
            + "reason (required, at most 500 characters)")
    public record CorrectionRequest(List<MarkDto> marks, String reason) {
    }

    @Schema(name = "Criterion")
    public record CriterionDto(int number, String name, BigDecimal maximum) {
    }

    @Schema(name = "JudgeSheet", description = "A judge's sheet: the event, its criteria, the drawn code letters, "
            + "the marks so far and the state (EMPTY, IN_PROGRESS, SUBMITTED). Code letters only: never a name, "
            + "unit, district or chest number")
    public record SheetDto(long eventId, String event, String state, List<CriterionDto> criteria,
                           List<String> codeLetters, List<MarkDto> marks, Instant submittedAt,
                           boolean submittedByTabulator) {

        public static SheetDto of(SheetView view) {
            List<CriterionDto> criteria = new ArrayList<>();
            for (int i = 0; i < view.criteria().size(); i++) {
                criteria.add(new CriterionDto(i + 1, view.criteria().get(i).name(), view.criteria().get(i).maximum()));
            }
            return new SheetDto(view.event().id().value(), view.event().name(), view.state().name(), criteria,
                    view.codeLetters().stream().map(Object::toString).toList(),
                    view.marks().stream().map(m -> new MarkDto(m.codeLetter().value(), m.criterion(), m.mark()))
                            .toList(),
                    view.submittedAt().orElse(null), view.submittedByTabulator());
        }
    }

    @Schema(name = "SingleMark", description = "One mark out of 100 for an entry (entryId) or a team (teamId)")
    public record SingleMarkDto(Long entryId, Long teamId, BigDecimal mark) {
    }

    @Schema(name = "SingleMarksRequest", description = "The event and one mark per entry (individual) or team "
            + "(group); grades, ranks and points are derived")
    public record SingleMarksRequest(Long eventId, List<SingleMarkDto> marks) {

        List<EnterSingleMarks.SingleMark> singleMarks() {
            return marks == null ? null : marks.stream().map(m -> m == null ? null
                    : new EnterSingleMarks.SingleMark(m.entryId(), m.teamId(), m.mark())).toList();
        }
    }
}
