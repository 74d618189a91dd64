package org.kalamela.adapters.rest.festival.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.festival.query.DrawnPerformerRow;
import org.kalamela.application.festival.result.EventResultView;
import org.kalamela.application.festival.result.PanelJudge;
import org.kalamela.application.festival.result.ResultLine;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.Publication;

/** The admin's result view of an event. */
final class EventResultDtos {

    private EventResultDtos() {
    }

    @Schema(name = "PanelJudge", description = "A judge of the panel and where their sheet stands")
    record JudgeDto(long id, String name, String sheet, Instant submittedAt, boolean submittedByTabulator) {

        static JudgeDto of(PanelJudge judge) {
            return new JudgeDto(judge.id().value(), judge.name(), judge.sheet().name(),
                    judge.submission().map(s -> s.at()).orElse(null),
                    judge.submission().map(s -> s.byTabulator()).orElse(false));
        }
    }

    @Schema(name = "EventResultLine", description = "A code letter: who performs (chest number and name, or team "
            + "code and members), unit, district, each judge's total in the panel's order (null: not marked), and "
            + "once computed the mark, grade (null: none), rank, rank points and points")
    record LineDto(String codeLetter, Integer chestNumber, String teamCode, String names, String unit,
                   String district, List<BigDecimal> judgeTotals, BigDecimal mark, String grade, Integer rank,
                   Integer rankPoints, Integer points) {

        static LineDto of(ResultLine line) {
            DrawnPerformerRow p = line.performer();
            EntryResult r = line.result().orElse(null);
            return new LineDto(p.codeLetter().value(), p.chestNumber(), p.teamCode(), p.names(), p.unitName(),
                    p.districtName(), line.judgeTotals().stream().map(t -> t.orElse(null)).toList(),
                    r == null ? null : r.mark(), r == null ? null : r.grade().letter().orElse(null),
                    r == null ? null : r.rank(), r == null ? null : r.rankPoints(), r == null ? null : r.points());
        }
    }

    @Schema(name = "EventResultAdmin", description = "An event's result for the admin: state (SCORING, TABULATED, "
            + "PUBLISHED, UNDER_APPEAL), revision (0 at the first publication), result number and publication, "
            + "revisionPending (under appeal: the lines are the revision from the corrected sheets, the public "
            + "still sees the published ones), the panel and the lines in order of appearance")
    record EventResultDto(long eventId, String event, String kind, String state, int revision, Integer resultNumber,
                          Instant firstPublishedAt, Instant publishedAt, boolean revisionPending,
                          List<JudgeDto> panel, List<LineDto> lines) {

        static EventResultDto of(EventResultView view) {
            Publication p = view.publication().orElse(null);
            return new EventResultDto(view.event().id().value(), view.event().name(), view.event().kind().name(),
                    view.state().name(), view.revision(), p == null ? null : p.resultNumber(),
                    p == null ? null : p.firstPublishedAt(), p == null ? null : p.publishedAt(),
                    view.revisionPending(), view.panel().stream().map(JudgeDto::of).toList(),
                    view.lines().stream().map(LineDto::of).toList());
        }
    }
}
