package org.kalamela.adapters.rest.festival.fees;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.payment.PaymentDtos.DeclineRequest;
import org.kalamela.adapters.rest.payment.PaymentDtos.PaymentDto;
import org.kalamela.adapters.rest.payment.PaymentDtos.PaymentRowDto;
import org.kalamela.adapters.rest.payment.PaymentParams;
import org.kalamela.adapters.rest.payment.ProofEndpoints;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.festival.fees.ListKalamelaPayments;
import org.kalamela.application.payment.payment.ApprovePayment;
import org.kalamela.application.payment.payment.DeclinePayment;
import org.kalamela.application.payment.payment.ShowPayment;
import org.kalamela.domain.payment.payment.PaymentPurpose;
import org.kalamela.domain.shared.paging.PageRequest;

/** The admin reviews the districts' Kalamela payments: the list, one with its history and proofs, the decision. */
@Path("/api/v1/kalamela/payments")
@Tag(name = "Kalamela fees (admin)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminPaymentResource {

    private static final PaymentPurpose PURPOSE = PaymentPurpose.KALAMELA_FEES;

    private final ListKalamelaPayments list;
    private final ShowPayment show;
    private final ApprovePayment approve;
    private final DeclinePayment decline;
    private final ProofEndpoints proofs;
    private final CurrentActor currentActor;

    @Inject
    public AdminPaymentResource(ListKalamelaPayments list, ShowPayment show, ApprovePayment approve,
                                DeclinePayment decline, ProofEndpoints proofs, CurrentActor currentActor) {
        this.list = list;
        this.show = show;
        this.approve = approve;
        this.decline = decline;
        this.proofs = proofs;
        this.currentActor = currentActor;
    }

    @GET
    @Operation(summary = "The Kalamela payments of an edition (edition: a year; absent: the current one), newest "
            + "first; filters status and districtId; paged (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of payments")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, status, districtId, page, size)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition), NO_CURRENT_EDITION")
    public PageDto<PaymentRowDto> list(@QueryParam("edition") Integer edition, @QueryParam("status") String status,
                                       @QueryParam("districtId") Long districtId, @QueryParam("page") Integer page,
                                       @QueryParam("size") Integer size) {
        return PageDto.of(list.execute(new ListKalamelaPayments.Query(FestivalParams.edition(edition, "edition"),
                PaymentParams.status(status), Optional.ofNullable(
                        FestivalParams.district(districtId, "districtId")), PageRequest.of(page, size)),
                currentActor.get()).map(PaymentRowDto::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A Kalamela payment with its history and proofs (ADMIN)")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public PaymentDto payment(@PathParam("id") long id) {
        return PaymentDto.of(show.execute(PaymentParams.paymentPath(id), PURPOSE, currentActor.get()));
    }

    @GET
    @Path("/{id}/proofs/{proofId}")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a proof, streamed as an attachment with its checked type (ADMIN)")
    @APIResponse(responseCode = "200", description = "The file (Content-Disposition: attachment)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (payment or proof), PROOF_FILE_MISSING")
    public Response proof(@PathParam("id") long id, @PathParam("proofId") long proofId) {
        return proofs.download(PURPOSE, id, proofId);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve a payment whose proof is submitted: its amount counts as paid (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The payment, APPROVED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ILLEGAL_PAYMENT_TRANSITION")
    public PaymentDto approve(@PathParam("id") long id) {
        return PaymentDto.of(approve.execute(PaymentParams.paymentPath(id), PURPOSE, currentActor.get()));
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Reject a payment's submitted proof with a reason; the proof is kept and the official may "
            + "upload another (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The payment, REJECTED")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (reason)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ILLEGAL_PAYMENT_TRANSITION")
    public PaymentDto decline(@PathParam("id") long id, @Valid @NotNull DeclineRequest body) {
        return PaymentDto.of(decline.execute(PaymentParams.paymentPath(id), PURPOSE, body.reason(),
                currentActor.get()));
    }
}
