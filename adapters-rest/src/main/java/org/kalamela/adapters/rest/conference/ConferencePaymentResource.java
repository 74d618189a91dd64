package org.kalamela.adapters.rest.conference;

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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.payment.PaymentDtos.DeclineRequest;
import org.kalamela.adapters.rest.payment.PaymentDtos.PaymentDto;
import org.kalamela.adapters.rest.payment.PaymentDtos.PaymentRowDto;
import org.kalamela.adapters.rest.payment.PaymentParams;
import org.kalamela.adapters.rest.payment.ProofEndpoints;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.adapters.rest.shared.output.SpreadsheetDownload;
import org.kalamela.adapters.rest.shared.ratelimit.RateLimited;
import org.kalamela.application.conference.payment.CreateConferencePayment;
import org.kalamela.application.conference.payment.ExportConferencePayments;
import org.kalamela.application.conference.payment.ListConferencePayments;
import org.kalamela.application.payment.payment.ApprovePayment;
import org.kalamela.application.payment.payment.DeclinePayment;
import org.kalamela.application.payment.payment.ShowPayment;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * The conference's fees through the shared payments: the district's official pays for the delegates (for the
 * balance, idempotent) and uploads the proof; the admin lists, approves ("confirm", the old app's crashing
 * view) and declines. Every call but creation and the list is the shared use case with the purpose
 * {@code CONFERENCE_FEES}; another district's payment, or one of another purpose, is 404.
 */
@Path("/api/v1/conference")
@Tag(name = "Conference")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ConferencePaymentResource {

    private static final PaymentPurpose PURPOSE = PaymentPurpose.CONFERENCE_FEES;

    private final CreateConferencePayment create;
    private final ListConferencePayments list;
    private final ShowPayment show;
    private final ProofEndpoints proofs;
    private final ApprovePayment approve;
    private final DeclinePayment decline;
    private final ExportConferencePayments exportPayments;
    private final CurrentActor currentActor;

    @Inject
    public ConferencePaymentResource(CreateConferencePayment create, ListConferencePayments list, ShowPayment show,
                                     ProofEndpoints proofs, ApprovePayment approve,
                                     DeclinePayment decline, ExportConferencePayments exportPayments,
                                     CurrentActor currentActor) {
        this.create = create;
        this.list = list;
        this.show = show;
        this.proofs = proofs;
        this.approve = approve;
        this.decline = decline;
        this.exportPayments = exportPayments;
        this.currentActor = currentActor;
    }

    @Schema(name = "ConferencePaymentRequest", description = "The balance the official read in the district "
            + "summary (fees due less approved payments), e.g. \"900.00\"")
    public record PaymentRequest(String amount) {
    }

    @POST
    @Path("/{id}/payments")
    @RolesAllowed("DISTRICT_OFFICIAL")
    @RateLimited("payment")
    @Operation(summary = "Open a payment for the district's conference balance (300 per delegate unless the "
            + "conference says otherwise, less approved payments), awaiting its proof; with Idempotency-Key a retry "
            + "answers the first payment (DISTRICT_OFFICIAL, audited)")
    @APIResponse(responseCode = "201", description = "The payment (also when a retry with the same key and body "
            + "answers the one created first)")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (amount, Idempotency-Key)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference)")
    @APIResponse(responseCode = "409", description = "CONFERENCE_NOTHING_TO_PAY, CONFERENCE_AMOUNT_NOT_BALANCE, "
            + "PAYMENT_ALREADY_OPEN")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED")
    public Response create(@PathParam("id") long id,
                           @Parameter(description = "1 to 200 visible ASCII characters; the same key with the "
                                   + "same body answers the first payment")
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Valid @NotNull PaymentRequest body) {
        CreateConferencePayment.Created created = create.execute(new CreateConferencePayment.Command(
                ConferenceParams.conferencePath(id), PaymentParams.amount(body.amount(), "amount"),
                PaymentParams.idempotencyKey(idempotencyKey)), currentActor.get());
        PaymentDto payment = PaymentDto.of(created.details());
        return Response.created(UriBuilder.fromPath("/api/v1/conference/payments/{id}").build(payment.id()))
                .entity(payment).build();
    }

    @GET
    @Path("/{id}/payments")
    @RolesAllowed({"ADMIN", "DISTRICT_OFFICIAL"})
    @Operation(summary = "The conference's payments, newest first; filters status, districtId; an official's of "
            + "their own district; paged (ADMIN, DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "A page of payments")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (status, districtId, page, size)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference; another district for an official)")
    public PageDto<PaymentRowDto> list(@PathParam("id") long id, @QueryParam("status") String status,
                                       @QueryParam("districtId") Long districtId, @QueryParam("page") Integer page,
                                       @QueryParam("size") Integer size) {
        return PageDto.of(list.execute(new ListConferencePayments.Query(ConferenceParams.conferencePath(id),
                PaymentParams.status(status), Optional.ofNullable(
                        ConferenceParams.district(districtId, "districtId")), PageRequest.of(page, size)),
                currentActor.get()).map(PaymentRowDto::of));
    }

    @GET
    @Path("/{id}/payments/export")
    @RolesAllowed("ADMIN")
    @Produces({SpreadsheetDownload.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The conference's payments as XLSX: sheet 'Payments' (payment, district, amount, status, "
            + "created, last change, proofs), newest first (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The spreadsheet, as an attachment conference-<id>-payments.xlsx")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference)")
    public Response export(@PathParam("id") long id) {
        Actor actor = currentActor.get();
        ConferenceId conference = ConferenceParams.conferencePath(id);
        return SpreadsheetDownload.of(ExportConferencePayments.fileName(conference),
                out -> exportPayments.execute(conference, actor, out));
    }

    @GET
    @Path("/payments/{paymentId}")
    @RolesAllowed({"ADMIN", "DISTRICT_OFFICIAL"})
    @Operation(summary = "A conference payment with its history and proofs; an official's of their district only "
            + "(ADMIN, DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (missing, another purpose's or another district's)")
    public PaymentDto payment(@PathParam("paymentId") long paymentId) {
        return PaymentDto.of(show.execute(PaymentParams.paymentPath(paymentId), PURPOSE, currentActor.get()));
    }

    @POST
    @Path("/payments/{paymentId}/proof")
    @RolesAllowed("DISTRICT_OFFICIAL")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RateLimited("payment-proof")
    @Operation(summary = "Upload the proof of one of the district's conference payments awaiting proof (or "
            + "rejected): a PDF, PNG or JPEG by its content, at most 5 MiB, in the multipart part 'file' "
            + "(DISTRICT_OFFICIAL, audited)")
    @APIResponse(responseCode = "201", description = "The payment, now PROOF_SUBMITTED, with its proofs")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (file)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (missing or another district's)")
    @APIResponse(responseCode = "409", description = "ILLEGAL_PAYMENT_TRANSITION, PAYMENT_SUPERSEDED")
    @APIResponse(responseCode = "413", description = "PROOF_TOO_LARGE, PAYLOAD_TOO_LARGE")
    @APIResponse(responseCode = "415", description = "PROOF_TYPE_NOT_ALLOWED")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED")
    public Response uploadProof(@PathParam("paymentId") long paymentId, @RestForm("file") FileUpload file) {
        return proofs.upload(PURPOSE, paymentId, file, "/api/v1/conference/payments/{id}/proofs/{proofId}");
    }

    @GET
    @Path("/payments/{paymentId}/proofs/{proofId}")
    @RolesAllowed({"ADMIN", "DISTRICT_OFFICIAL"})
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a proof, streamed as an attachment with its checked type; an official's of "
            + "their district only (ADMIN, DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The file (Content-Disposition: attachment)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (payment or proof missing or another district's), "
            + "PROOF_FILE_MISSING")
    public Response proof(@PathParam("paymentId") long paymentId, @PathParam("proofId") long proofId) {
        return proofs.download(PURPOSE, paymentId, proofId);
    }

    @POST
    @Path("/payments/{paymentId}/confirm")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Approve a submitted proof: the payment is APPROVED and counts as paid (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (missing or another purpose's)")
    @APIResponse(responseCode = "409", description = "ILLEGAL_PAYMENT_TRANSITION")
    public PaymentDto confirm(@PathParam("paymentId") long paymentId) {
        return PaymentDto.of(approve.execute(PaymentParams.paymentPath(paymentId), PURPOSE, currentActor.get()));
    }

    @POST
    @Path("/payments/{paymentId}/decline")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Decline a submitted proof with a reason: REJECTED, the proof is kept and the official may "
            + "upload another (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (reason)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (missing or another purpose's)")
    @APIResponse(responseCode = "409", description = "ILLEGAL_PAYMENT_TRANSITION")
    public PaymentDto decline(@PathParam("paymentId") long paymentId, @Valid @NotNull DeclineRequest body) {
        return PaymentDto.of(decline.execute(PaymentParams.paymentPath(paymentId), PURPOSE, body.reason(),
                currentActor.get()));
    }
}
