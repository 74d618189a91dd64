package org.kalamela.adapters.rest.festival.fees;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.payment.PaymentDtos.PaymentDto;
import org.kalamela.adapters.rest.payment.PaymentParams;
import org.kalamela.adapters.rest.payment.ProofEndpoints;
import org.kalamela.adapters.rest.shared.ratelimit.RateLimited;
import org.kalamela.application.festival.fees.CreateKalamelaPayment;
import org.kalamela.application.payment.payment.ShowPayment;
import org.kalamela.domain.payment.payment.PaymentPurpose;

/**
 * A district official pays the district's Kalamela fees: a payment for the balance (idempotent), the proof of
 * it, and the district's own payments and proofs. Another district's payment or proof is 404.
 */
@Path("/api/v1/kalamela/official/payments")
@Tag(name = "Kalamela fees (district official)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("DISTRICT_OFFICIAL")
public class OfficialPaymentResource {

    private static final PaymentPurpose PURPOSE = PaymentPurpose.KALAMELA_FEES;

    private final CreateKalamelaPayment create;
    private final ShowPayment show;
    private final ProofEndpoints proofs;
    private final CurrentActor currentActor;

    @Inject
    public OfficialPaymentResource(CreateKalamelaPayment create, ShowPayment show, ProofEndpoints proofs,
                                   CurrentActor currentActor) {
        this.create = create;
        this.show = show;
        this.proofs = proofs;
        this.currentActor = currentActor;
    }

    @Schema(name = "KalamelaPaymentRequest", description = "The balance the official saw in the preview, e.g. "
            + "\"350.00\"; a payment is only ever for the current balance")
    public record PaymentRequest(String amount) {
    }

    @POST
    @RateLimited("payment")
    @Operation(summary = "Open a payment for the district's Kalamela balance in the current edition, awaiting its "
            + "proof; with Idempotency-Key a retry answers the first payment (DISTRICT_OFFICIAL, audited)")
    @APIResponse(responseCode = "201", description = "The payment (also when a retry with the same key and body "
            + "answers the one created first)")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (amount, Idempotency-Key)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "NOTHING_TO_PAY, AMOUNT_NOT_BALANCE, PAYMENT_ALREADY_OPEN")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED")
    public Response create(@Parameter(description = "1 to 200 visible ASCII characters; the same key with the "
                                   + "same body answers the first payment")
                           @HeaderParam("Idempotency-Key") String idempotencyKey,
                           @Valid @NotNull PaymentRequest body) {
        CreateKalamelaPayment.Created created = create.execute(new CreateKalamelaPayment.Command(
                PaymentParams.amount(body.amount(), "amount"), PaymentParams.idempotencyKey(idempotencyKey)),
                currentActor.get());
        PaymentDto payment = PaymentDto.of(created.details());
        return Response.created(UriBuilder.fromPath("/api/v1/kalamela/official/payments/{id}").build(payment.id()))
                .entity(payment).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One of the district's Kalamela payments with its history and proofs (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (missing or another district's)")
    public PaymentDto payment(@PathParam("id") long id) {
        return PaymentDto.of(show.execute(PaymentParams.paymentPath(id), PURPOSE, currentActor.get()));
    }

    @POST
    @Path("/{id}/proof")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RateLimited("payment-proof")
    @Operation(summary = "Upload the proof of one of the district's payments awaiting proof (or rejected): a PDF, "
            + "PNG or JPEG by its content, at most 5 MiB, in the multipart part 'file' (DISTRICT_OFFICIAL, audited)")
    @APIResponse(responseCode = "201", description = "The payment, now PROOF_SUBMITTED, with its proofs")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (file)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (missing or another district's)")
    @APIResponse(responseCode = "409", description = "ILLEGAL_PAYMENT_TRANSITION, PAYMENT_SUPERSEDED")
    @APIResponse(responseCode = "413", description = "PROOF_TOO_LARGE, PAYLOAD_TOO_LARGE")
    @APIResponse(responseCode = "415", description = "PROOF_TYPE_NOT_ALLOWED")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED")
    public Response uploadProof(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        return proofs.upload(PURPOSE, id, file, "/api/v1/kalamela/official/payments/{id}/proofs/{proofId}");
    }

    @GET
    @Path("/{id}/proofs/{proofId}")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download one of the district's proofs, streamed as an attachment with its checked type "
            + "(DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The file (Content-Disposition: attachment)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (payment or proof missing or another district's), "
            + "PROOF_FILE_MISSING")
    public Response proof(@PathParam("id") long id, @PathParam("proofId") long proofId) {
        return proofs.download(PURPOSE, id, proofId);
    }
}
