package org.kalamela.application.festival.appeal;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.kalamela.application.UseCase;
import org.kalamela.application.document.DocumentPrinter;
import org.kalamela.application.document.PrintedColumn;
import org.kalamela.application.document.PrintedSheet;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.festival.query.AppealRow;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealDecision;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.festival.appeal.ResultBefore;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.result.EventResultState;
import org.kalamela.domain.festival.schedule.ScheduleDay;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * Prints the decision on an appeal as a letter to the district: the appeal (event, entry, statement), the
 * decision and its reply, what became of the fee, and the entry's result before and, once the event is
 * republished after an accepted appeal, after the revision. For the admin and the district's official; each
 * printing is written to the audit log.
 */
@UseCase
public class PrintAppealLetter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'IST'")
            .withZone(ScheduleDay.FESTIVAL_ZONE);

    private final AppealDetailsAssembler assembler;
    private final EventResultRepository results;
    private final DocumentPrinter printer;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public PrintAppealLetter(AppealDetailsAssembler assembler, EventResultRepository results, DocumentPrinter printer,
                             AuditLog audit, Clock clock) {
        this.assembler = assembler;
        this.results = results;
        this.printer = printer;
        this.audit = audit;
        this.clock = clock;
    }

    /** One line of the letter's table: which result, and its figures (blank when there is none). */
    record ResultLine(String label, Optional<ResultBefore> result) {
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound {@code NOT_FOUND} for a missing or another district's
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code APPEAL_NOT_DECIDED} before the decision
     */
    @Transactional
    public void execute(AppealId id, Actor actor, OutputStream out) {
        actor.require(Role.ADMIN, Role.DISTRICT_OFFICIAL);
        AppealDetails details = assembler.of(assembler.visible(id, actor));
        Appeal appeal = details.appeal();
        AppealDecision decision = appeal.requireDecision();
        audit.record(AuditEntry.by(actor, "APPEAL_LETTER_PRINTED", "appeal", id, clock.instant(),
                Map.of("decision", appeal.status().name())));
        printer.print(out, new PrintedSheet<>("Decision on appeal No. " + id, headings(details.row(), appeal),
                List.of(new PrintedColumn<ResultLine>("Result", 40, ResultLine::label),
                        new PrintedColumn<ResultLine>("Mark", 15, line -> figure(line, r -> r.mark().toPlainString())),
                        new PrintedColumn<ResultLine>("Grade", 15, line -> figure(line,
                                r -> r.grade() == null ? "—" : r.grade())),
                        new PrintedColumn<ResultLine>("Rank", 15, line -> figure(line, r -> Integer.toString(r.rank()))),
                        new PrintedColumn<ResultLine>("Points", 15, line -> figure(line,
                                r -> Integer.toString(r.points())))),
                RowSource.of(resultLines(appeal, decision)), closing(decision), false));
    }

    private static List<String> headings(AppealRow row, Appeal appeal) {
        List<String> lines = new ArrayList<>();
        lines.add("Event: " + row.eventName() + " (code letter " + (row.codeLetter() == null ? "—" : row.codeLetter())
                + ")");
        lines.add((row.chestNumber() != null ? "Chest number " + row.chestNumber() : "Team " + row.teamCode())
                + ": " + String.join(", ", row.names()));
        lines.add("Unit: " + row.unitName() + ", district: " + row.districtName());
        lines.add("Filed " + TIME.format(appeal.filedAt()) + (appeal.filedPublicly() ? " publicly" : " by the district's "
                + "official"));
        lines.add("Statement: " + appeal.statement().text());
        return lines;
    }

    private List<ResultLine> resultLines(Appeal appeal, AppealDecision decision) {
        List<ResultLine> lines = new ArrayList<>();
        lines.add(new ResultLine("Published result" + decision.before().map(b -> " (revision " + b.revision() + ")")
                .orElse(""), decision.before()));
        if (decision.accepted()) {
            EventResult now = results.find(appeal.event()).orElseThrow();
            int before = decision.before().map(ResultBefore::revision).orElse(-1);
            if (now.state() == EventResultState.PUBLISHED && now.revision() > before) {
                lines.add(new ResultLine("Revised result (revision " + now.revision() + ")", results.entries(appeal.event())
                        .stream().filter(entry -> entry.performer().equals(appeal.performer())).findFirst()
                        .map(entry -> new ResultBefore(now.revision(), entry.mark(),
                                entry.grade().letter().orElse(null), entry.rank(), entry.points()))));
            } else {
                lines.add(new ResultLine("Revised result: not republished yet", Optional.empty()));
            }
        }
        return lines;
    }

    private static List<String> closing(AppealDecision decision) {
        return List.of("Decision: " + (decision.accepted() ? "ACCEPTED" : "REJECTED") + ", "
                        + TIME.format(decision.decidedAt()),
                "Reply: " + decision.reply().text(),
                "Appeal fee: " + (decision.accepted() ? "refunded" : "kept"),
                "", "Festival office (signature)");
    }

    private static String figure(ResultLine line, Function<ResultBefore, String> value) {
        return line.result().map(value).orElse("");
    }
}
