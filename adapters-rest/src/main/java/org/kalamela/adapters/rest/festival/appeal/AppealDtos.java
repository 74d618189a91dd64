package org.kalamela.adapters.rest.festival.appeal;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.payment.PaymentDtos.PaymentDto;
import org.kalamela.adapters.rest.shared.input.EnumParameters;
import org.kalamela.application.festival.appeal.AppealDetails;
import org.kalamela.application.festival.appeal.AppealRequest;
import org.kalamela.application.festival.appeal.DecideAppeal;
import org.kalamela.application.festival.appeal.ListAppeals;
import org.kalamela.application.festival.appeal.PublicAppealView;
import org.kalamela.application.festival.query.AppealRow;
import org.kalamela.domain.festival.appeal.Appeal;
import org.kalamela.domain.festival.appeal.AppealDecision;
import org.kalamela.domain.festival.appeal.AppealReply;
import org.kalamela.domain.festival.appeal.AppealStatement;
import org.kalamela.domain.festival.appeal.AppealStatus;
import org.kalamela.domain.festival.appeal.ResultBefore;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.validation.Validation;
import org.kalamela.domain.shared.value.PhoneNumber;

/** The appeals' bodies and answers. */
public final class AppealDtos {

    private AppealDtos() {
    }

    @Schema(name = "PublicAppealRequest", description = "An appeal filed without signing in: the event, exactly one "
            + "of chestNumber and teamCode, the phone number on record for the member (for a team, one of its "
            + "members) and the statement")
    public record PublicAppealRequest(
            @Schema(examples = "12") Long eventId,
            @Schema(examples = "1001") Integer chestNumber,
            @Schema(examples = "GS-1") @Size(max = 30) String teamCode,
            @Schema(examples = "9876543210") @Size(max = 30) String phone,
            @Size(max = 4000) String statement) {

        /** Reads every field, keeping each one's errors. */
        Parsed parse() {
            Validation validation = new Validation();
            AppealRequest request = validation.read(() -> appealRequest(eventId, chestNumber, teamCode, statement));
            PhoneNumber number = validation.read(() -> PhoneNumber.parse(phone, "phone"));
            validation.throwIfInvalid();
            return new Parsed(request, number);
        }
    }

    record Parsed(AppealRequest request, PhoneNumber phone) {
    }

    @Schema(name = "OfficialAppealRequest", description = "An appeal filed by the district's official for one of "
            + "the district's entries: the event, exactly one of chestNumber and teamCode, and the statement")
    public record OfficialAppealRequest(
            @Schema(examples = "12") Long eventId,
            @Schema(examples = "1001") Integer chestNumber,
            @Schema(examples = "GS-1") @Size(max = 30) String teamCode,
            @Size(max = 4000) String statement) {

        AppealRequest parse() {
            return appealRequest(eventId, chestNumber, teamCode, statement);
        }
    }

    @Schema(name = "AppealReplyRequest", description = "The admin's decision: ACCEPT or REJECT, and the reply the "
            + "letter prints (mandatory)")
    public record ReplyRequest(@Schema(examples = "ACCEPT", enumeration = {"ACCEPT", "REJECT"}) String decision,
                               @Size(max = 4000) String reply) {

        DecideAppeal.Command parse() {
            Validation validation = new Validation();
            String typed = decision == null ? null : decision.strip().toUpperCase(Locale.ROOT);
            validation.required(decision, "decision")
                    .check(typed == null || typed.equals("ACCEPT") || typed.equals("REJECT"), "decision",
                            "must be ACCEPT or REJECT");
            AppealReply text = validation.read(() -> new AppealReply(reply));
            validation.throwIfInvalid();
            return new DecideAppeal.Command(typed.equals("ACCEPT"), text);
        }
    }

    private static AppealRequest appealRequest(Long eventId, Integer chestNumber, String teamCode, String statement) {
        Validation validation = new Validation();
        EventId event = eventId == null ? null : validation.read(() -> FestivalParams.event(eventId, "eventId"));
        ChestNumber number = chestNumber == null ? null : validation.read(() -> ChestNumber.of(chestNumber));
        TeamCode code = teamCode == null ? null : validation.read(() -> TeamCode.parse(teamCode));
        AppealStatement text = validation.read(() -> new AppealStatement(statement));
        // The request's own checks too, so that one answer lists every field's error.
        validation.required(eventId, "eventId")
                .check(chestNumber != null || teamCode != null, "chestNumber", "give a chest number or a team code")
                .check(chestNumber == null || teamCode == null, "teamCode",
                        "give a chest number or a team code, not both")
                .throwIfInvalid();
        return new AppealRequest(event, number, code, text);
    }

    /** An appeal's status from a query parameter. */
    /** A list's query parameters read as the admin's and the official's appeal lists take them. */
    static ListAppeals.Query listQuery(Integer edition, boolean pendingOnly, String status, Long eventId,
                                       Integer page, Integer size) {
        return new ListAppeals.Query(FestivalParams.edition(edition, "edition"), pendingOnly,
                EnumParameters.optional(status, AppealStatus.class, "status"),
                Optional.ofNullable(FestivalParams.event(eventId, "eventId")), PageRequest.of(page, size));
    }

    @Schema(name = "PublicAppeal", description = "What a public appellant is told: the appeal's number, status, "
            + "time and the fee, paid through the district's official; nothing about the member")
    public record PublicAppealDto(long id, String status, Instant filedAt, String fee) {

        static PublicAppealDto of(PublicAppealView view) {
            return new PublicAppealDto(view.id(), view.status().name(), view.filedAt(), view.fee().toString());
        }
    }

    @Schema(name = "AppealRow", description = "An appeal in a list")
    public record AppealRowDto(long id, long eventId, String eventName, String codeLetter, Integer chestNumber,
                               String teamCode, List<String> names, String unit, long districtId, String district,
                               boolean filedPublicly, Instant filedAt, String status, Long feePaymentId,
                               String feePaymentStatus, Instant decidedAt) {

        static AppealRowDto of(AppealRow r) {
            return new AppealRowDto(r.id(), r.eventId(), r.eventName(), r.codeLetter(), r.chestNumber(), r.teamCode(),
                    r.names(), r.unitName(), r.districtId(), r.districtName(), r.filedPublicly(), r.filedAt(),
                    r.status().name(), r.feePaymentId().orElse(null),
                    r.feePaymentStatus().map(Enum::name).orElse(null), r.decidedAt());
        }
    }

    @Schema(name = "AppealResult", description = "An entry's result: the revision it belongs to, mark, grade "
            + "(absent below the lowest), rank and points")
    public record ResultDto(int revision, String mark, String grade, int rank, int points) {

        static ResultDto of(ResultBefore r) {
            return new ResultDto(r.revision(), r.mark().toPlainString(), r.grade(), r.rank(), r.points());
        }
    }

    @Schema(name = "AppealDecision", description = "The decision: accepted or not, the reply, when, the fee's "
            + "outcome (REFUNDED or KEPT) and the entry's result the decision was taken on")
    public record DecisionDto(boolean accepted, String reply, long decidedBy, Instant decidedAt, String fee,
                              ResultDto resultBefore) {

        static DecisionDto of(AppealDecision d) {
            return new DecisionDto(d.accepted(), d.reply().text(), d.decidedBy().value(), d.decidedAt(), d.fee().name(),
                    d.before().map(ResultDto::of).orElse(null));
        }
    }

    @Schema(name = "Appeal", description = "An appeal with its statement, fee payment and decision")
    public record AppealDto(AppealRowDto appeal, String statement, Instant feeConfirmedAt, DecisionDto decision,
                            PaymentDto feePayment) {

        static AppealDto of(AppealDetails details) {
            Appeal a = details.appeal();
            return new AppealDto(AppealRowDto.of(details.row()), a.statement().text(),
                    a.feeConfirmation().map(Appeal.FeeConfirmation::at).orElse(null),
                    a.decision().map(DecisionDto::of).orElse(null),
                    details.fee().map(PaymentDto::of).orElse(null));
        }
    }
}
