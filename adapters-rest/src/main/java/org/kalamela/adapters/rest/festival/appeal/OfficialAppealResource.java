package org.kalamela.adapters.rest.festival.appeal;

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
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kalamela.adapters.rest.festival.appeal.AppealDtos.AppealDto;
import org.kalamela.adapters.rest.festival.appeal.AppealDtos.AppealRowDto;
import org.kalamela.adapters.rest.festival.appeal.AppealDtos.OfficialAppealRequest;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.payment.PaymentParams;
import org.kalamela.adapters.rest.payment.ProofEndpoints;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.adapters.rest.shared.output.PdfDownload;
import org.kalamela.adapters.rest.shared.ratelimit.RateLimited;
import org.kalamela.application.festival.appeal.FileAppealAsOfficial;
import org.kalamela.application.festival.appeal.ListAppeals;
import org.kalamela.application.festival.appeal.OpenAppealFeePayment;
import org.kalamela.application.festival.appeal.PrintAppealLetter;
import org.kalamela.application.festival.appeal.ShowAppeal;
import org.kalamela.domain.festival.appeal.AppealId;
import org.kalamela.domain.payment.payment.PaymentPurpose;

/**
 * The district's official and the district's appeals: files one for an entry of the district (its fee payment
 * opens at once), takes up a public one by opening its fee payment, uploads the fee's proof (the shared proof
 * upload, purpose {@code APPEAL_FEE}), follows them and downloads the decision letter. Another district's
 * appeal or payment is 404.
 */
@Path("/api/v1/kalamela/official/appeals")
@Tag(name = "Kalamela appeals (district official)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("DISTRICT_OFFICIAL")
public class OfficialAppealResource {

    private static final PaymentPurpose PURPOSE = PaymentPurpose.APPEAL_FEE;

    private final FileAppealAsOfficial file;
    private final ListAppeals list;
    private final ShowAppeal show;
    private final OpenAppealFeePayment openFee;
    private final ProofEndpoints proofs;
    private final PrintAppealLetter letter;
    private final CurrentActor currentActor;

    @Inject
    public OfficialAppealResource(FileAppealAsOfficial file, ListAppeals list, ShowAppeal show,
                                  OpenAppealFeePayment openFee, ProofEndpoints proofs,
                                  PrintAppealLetter letter, CurrentActor currentActor) {
        this.file = file;
        this.list = list;
        this.show = show;
        this.openFee = openFee;
        this.proofs = proofs;
        this.letter = letter;
        this.currentActor = currentActor;
    }

    @POST
    @RateLimited("appeal")
    @Operation(summary = "File an appeal for one of the district's entries (or teams) within 30 minutes of the "
            + "event's first publication, one per entry; its fee payment opens awaiting the proof; with "
            + "Idempotency-Key a retry answers the first appeal (DISTRICT_OFFICIAL, audited)")
    @APIResponse(responseCode = "201", description = "The appeal with its fee payment")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (eventId, chestNumber, teamCode, statement, "
            + "Idempotency-Key)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no such entry in the event), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "APPEAL_OTHER_DISTRICT, APPEAL_RESULT_NOT_PUBLISHED, "
            + "APPEAL_WINDOW_CLOSED, APPEAL_ALREADY_FILED")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED")
    public Response fileAppeal(@Parameter(description = "1 to 200 visible ASCII characters; the same key with the "
                                       + "same body answers the first appeal")
                               @HeaderParam("Idempotency-Key") String idempotencyKey,
                               @Valid @NotNull OfficialAppealRequest body) {
        FileAppealAsOfficial.Filed filed = file.execute(new FileAppealAsOfficial.Command(body.parse(),
                PaymentParams.idempotencyKey(idempotencyKey)), currentActor.get());
        AppealDto appeal = AppealDto.of(filed.appeal());
        return Response.created(UriBuilder.fromPath("/api/v1/kalamela/official/appeals/{id}")
                .build(appeal.appeal().id())).entity(appeal).build();
    }

    @GET
    @Operation(summary = "The district's appeals of an edition, oldest first, by status and event "
            + "(DISTRICT_OFFICIAL)")
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
    @Operation(summary = "One of the district's appeals with its fee payment and decision (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The appeal")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (missing or another district's)")
    public AppealDto appeal(@PathParam("id") long id) {
        return AppealDto.of(show.execute(AppealResource.appealPath(id), currentActor.get()));
    }

    @POST
    @Path("/{id}/fee-payment")
    @Operation(summary = "Open the fee payment of a public appeal of the district (the edition's appeal fee), "
            + "awaiting its proof (DISTRICT_OFFICIAL, audited)")
    @APIResponse(responseCode = "201", description = "The appeal with its fee payment")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (missing or another district's)")
    @APIResponse(responseCode = "409", description = "PAYMENT_ALREADY_OPEN, APPEAL_FEE_PAID, "
            + "ILLEGAL_APPEAL_TRANSITION")
    public Response openFeePayment(@PathParam("id") long id) {
        AppealDto appeal = AppealDto.of(openFee.execute(AppealResource.appealPath(id), currentActor.get()));
        return Response.status(Response.Status.CREATED).entity(appeal).build();
    }

    @POST
    @Path("/fees/{paymentId}/proof")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RateLimited("payment-proof")
    @Operation(summary = "Upload the proof of an appeal's fee payment awaiting proof (or rejected): a PDF, PNG or "
            + "JPEG by its content, at most 5 MiB, in the multipart part 'file' (DISTRICT_OFFICIAL, audited)")
    @APIResponse(responseCode = "201", description = "The payment, now PROOF_SUBMITTED, with its proofs")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (file)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (missing or another district's)")
    @APIResponse(responseCode = "409", description = "ILLEGAL_PAYMENT_TRANSITION")
    @APIResponse(responseCode = "413", description = "PROOF_TOO_LARGE, PAYLOAD_TOO_LARGE")
    @APIResponse(responseCode = "415", description = "PROOF_TYPE_NOT_ALLOWED")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED")
    public Response uploadProof(@PathParam("paymentId") long paymentId, @RestForm("file") FileUpload file) {
        return proofs.upload(PURPOSE, paymentId, file, "/api/v1/kalamela/official/appeals/fees/{id}/proofs/{proofId}");
    }

    @GET
    @Path("/fees/{paymentId}/proofs/{proofId}")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a proof of one of the district's appeal fee payments (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The file (Content-Disposition: attachment)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (payment or proof missing or another district's)")
    public Response proof(@PathParam("paymentId") long paymentId, @PathParam("proofId") long proofId) {
        return proofs.download(PURPOSE, paymentId, proofId);
    }

    @GET
    @Path("/{id}/letter")
    @Produces({PdfDownload.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The decision letter of one of the district's appeals, as PDF (DISTRICT_OFFICIAL, audited)")
    @APIResponse(responseCode = "200", description = "The letter (Content-Disposition: attachment)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (missing or another district's)")
    @APIResponse(responseCode = "409", description = "APPEAL_NOT_DECIDED")
    public Response letter(@PathParam("id") long id) {
        AppealId appeal = AppealResource.appealPath(id);
        var actor = currentActor.get();
        return PdfDownload.of("appeal-" + id + "-decision", out -> letter.execute(appeal, actor, out));
    }
}
