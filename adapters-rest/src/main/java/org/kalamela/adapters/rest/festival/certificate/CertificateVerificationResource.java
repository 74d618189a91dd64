package org.kalamela.adapters.rest.festival.certificate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.certificate.CertificateDtos.CertificateVerificationDto;
import org.kalamela.adapters.rest.shared.ratelimit.RateLimited;
import org.kalamela.application.festival.certificate.VerifyCertificate;

/** The public verification of a certificate: the address its QR code holds. */
@Path("/api/v1/certificates")
@Tag(name = "Certificates", description = "Certificates of published results: verification (public) and printing")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateVerificationResource {

    private final VerifyCertificate verify;

    @Inject
    public CertificateVerificationResource(VerifyCertificate verify) {
        this.verify = verify;
    }

    @GET
    @Path("/{serial}")
    @PermitAll
    @RateLimited("certificate-verification")
    @Operation(summary = "Verify a certificate by its serial (case-insensitive): the member's name, event, edition, "
            + "grade, rank, unit and district, and whether it is VALID or was VOIDED by a republication (when, and "
            + "the serial of its replacement) (public, rate limited)")
    @APIResponse(responseCode = "200", description = "The certificate")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no certificate has this serial)")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED (with Retry-After)")
    public CertificateVerificationDto verify(@PathParam("serial") String serial) {
        return CertificateVerificationDto.of(verify.execute(serial));
    }
}
