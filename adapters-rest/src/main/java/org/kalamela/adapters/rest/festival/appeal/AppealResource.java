package org.kalamela.adapters.rest.festival.appeal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.appeal.AppealDtos.AppealDto;
import org.kalamela.adapters.rest.festival.appeal.AppealDtos.AppealRowDto;
import org.kalamela.adapters.rest.festival.appeal.AppealDtos.PublicAppealDto;
import org.kalamela.adapters.rest.festival.appeal.AppealDtos.PublicAppealRequest;
import org.kalamela.adapters.rest.festival.appeal.AppealDtos.ReplyRequest;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.payment.PaymentParams;
import org.kalamela.adapters.rest.payment.ProofEndpoints;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.adapters.rest.shared.output.PdfDownload;
import org.kalamela.adapters.rest.shared.ratelimit.RateLimited;
import org.kalamela.application.festival.appeal.ConfirmAppealFee;
import org.kalamela.application.festival.appeal.DecideAppeal;
import org.kalamela.application.festival.appeal.FileAppeal;
import org.kalamela.application.festival.appeal.ListAppeals;
import org.kalamela.application.festival.appeal.PrintAppealLetter;
import org.kalamela.application.festival.appeal.ShowAppeal;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.shared.error.NotFound;

/**
 * Appeals at the paths the specification pins: anyone files one ({@code POST /kalamela/appeals}, rate limited,
 * idempotent); the admin lists the pending ones and all of them, confirms the fee, replies with the decision
 * ({@code POST …/{id}/reply}), downloads the fee's proofs and the decision letter.
 */
@Path("/api/v1/kalamela/appeals")
@Tag(name = "Kalamela appeals", description = "Appeals against published results")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {

    private final FileAppeal file;
    private final ListAppeals list;
    private final ShowAppeal show;
    private final ConfirmAppealFee confirmFee;
    private final DecideAppeal decide;
    private final PrintAppealLetter letter;
    private final ProofEndpoints proofs;
    private final CurrentActor currentActor;

    @Inject
    public AppealResource(FileAppeal file, ListAppeals list, ShowAppeal show, ConfirmAppealFee confirmFee,
                          DecideAppeal decide, PrintAppealLetter letter, ProofEndpoints proofs,
                          CurrentActor currentActor) {
        this.file = file;
        this.list = list;
        this.show = show;
        this.confirmFee = confirmFee;
        this.decide = decide;
        this.letter = letter;
        this.proofs = proofs;
        this.currentActor = currentActor;
    }

    @POST
    @PermitAll
    @RateLimited("appeal")
    @Operation(summary = "File an appeal against an entry's published result without signing in, within 30 minutes "
            + "of the event's first publication, with the phone number on record for the member; one per entry. "
            + "The answer names no member; the fee is paid through the district's official (public, rate limited, "
            + "audited)")
    @APIResponse(responseCode = "201", description = "The appeal's number, status and fee (also when a retry with "
            + "the same Idempotency-Key and body answers the one filed first)")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (eventId, chestNumber, teamCode, phone, "
            + "statement, Idempotency-Key)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no such entry in the event), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "APPEAL_PHONE_MISMATCH, APPEAL_RESULT_NOT_PUBLISHED, "
            + "APPEAL_WINDOW_CLOSED, APPEAL_ALREADY_FILED")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED (with Retry-After)")
    public Response fileAppeal(@Parameter(description = "1 to 200 visible ASCII characters; the same key with the "
                                       + "same body answers the first appeal")
                               @HeaderParam("Idempotency-Key") String idempotencyKey,
                               @Valid @NotNull PublicAppealRequest body) {
        AppealDtos.Parsed parsed = body.parse();
        FileAppeal.Filed filed = file.execute(new FileAppeal.Command(parsed.request(), parsed.phone(),
                PaymentParams.idempotencyKey(idempotencyKey)));
        return Response.status(Response.Status.CREATED).entity(PublicAppealDto.of(filed.appeal())).build();
    }

    @GET
    @Path("/pending")
    @RolesAllowed("ADMIN")
    @Operation(summary = "The appeals awaiting the fee or a decision, oldest first (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of appeals")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, eventId, page, size)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition), NO_CURRENT_EDITION")
    public PageDto<AppealRowDto> pending(@QueryParam("edition") Integer edition, @QueryParam("eventId") Long eventId,
                                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(list.execute(AppealDtos.listQuery(edition, true, null, eventId, page, size),
                currentActor.get()).map(AppealRowDto::of));
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "Appeals of an edition, oldest first, by status and event (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of appeals")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, status, eventId, page, size)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition), NO_CURRENT_EDITION")
    public PageDto<AppealRowDto> appeals(@QueryParam("edition") Integer edition, @QueryParam("status") String status,
                                         @QueryParam("eventId") Long eventId, @QueryParam("page") Integer page,
                                         @QueryParam("size") Integer size) {
        return PageDto.of(list.execute(AppealDtos.listQuery(edition, false, status, eventId, page, size),
                currentActor.get()).map(AppealRowDto::of));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "An appeal with its statement, fee payment (history, proofs) and decision (ADMIN)")
    @APIResponse(responseCode = "200", description = "The appeal")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public AppealDto appeal(@PathParam("id") long id) {
        return AppealDto.of(show.execute(appealPath(id), currentActor.get()));
    }

    @POST
    @Path("/{id}/confirm-fee")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Confirm the appeal's fee: its fee payment's submitted proof is approved and the appeal "
            + "moves to FEE_CONFIRMED (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The appeal")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ILLEGAL_APPEAL_TRANSITION, ILLEGAL_PAYMENT_TRANSITION (no "
            + "submitted proof)")
    public AppealDto confirmFee(@PathParam("id") long id) {
        return AppealDto.of(confirmFee.execute(appealPath(id), currentActor.get()));
    }

    @POST
    @Path("/{id}/reply")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Decide an appeal whose fee is confirmed, with the reply: ACCEPT refunds the fee and puts "
            + "the event's result UNDER_APPEAL (its marks may then be revised and the result republished); REJECT "
            + "keeps the fee (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The decided appeal")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (decision, reply)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ILLEGAL_APPEAL_TRANSITION")
    public AppealDto reply(@PathParam("id") long id, @Valid @NotNull ReplyRequest body) {
        return AppealDto.of(decide.execute(appealPath(id), body.parse(), currentActor.get()));
    }

    @GET
    @Path("/{id}/letter")
    @RolesAllowed("ADMIN")
    @Produces({PdfDownload.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The decision letter as PDF: the appeal, the reply, the fee's outcome and the entry's "
            + "result before and after a revision (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The letter (Content-Disposition: attachment)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "APPEAL_NOT_DECIDED")
    public Response letter(@PathParam("id") long id) {
        AppealId appeal = appealPath(id);
        var actor = currentActor.get();
        return PdfDownload.of("appeal-" + id + "-decision", out -> letter.execute(appeal, actor, out));
    }

    @GET
    @Path("/fees/{paymentId}/proofs/{proofId}")
    @RolesAllowed("ADMIN")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a proof of an appeal's fee payment, streamed as an attachment (ADMIN)")
    @APIResponse(responseCode = "200", description = "The file (Content-Disposition: attachment)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public Response proof(@PathParam("paymentId") long paymentId, @PathParam("proofId") long proofId) {
        return proofs.download(PaymentPurpose.APPEAL_FEE, paymentId, proofId);
    }

    static AppealId appealPath(long id) {
        if (id <= 0) {
            throw new NotFound("Appeal", id);
        }
        return AppealId.of(id);
    }
}
