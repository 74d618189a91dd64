package org.kalamela.adapters.rest.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.application.identity.account.AccountView;
import org.kalamela.application.identity.password.SendPasswordResetLink;

/** What the admin does for any account: for now, send a set-password link (never set the password itself). */
@Path("/api/v1/admin/accounts")
@Tag(name = "Accounts", description = "The admin's help for any account")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminAccountResource {

    private final SendPasswordResetLink sendPasswordResetLink;
    private final CurrentActor currentActor;

    @Inject
    public AdminAccountResource(SendPasswordResetLink sendPasswordResetLink, CurrentActor currentActor) {
        this.sendPasswordResetLink = sendPasswordResetLink;
        this.currentActor = currentActor;
    }

    @Schema(name = "PasswordResetLinkRequest")
    public record PasswordResetLinkRequest(
            @Schema(description = "Username, email or phone number of the account") @NotBlank @Size(max = 254)
            String login) {
    }

    @Schema(name = "PasswordResetLinkResponse")
    // Native image: handed to JAX-RS inside a Response, so Quarkus cannot register it for Jackson itself.
    @RegisterForReflection(registerFullHierarchy = true)
    public record PasswordResetLinkResponse(
            AccountView account,
            @Schema(description = "MAILED to the account's email, or HANDED_OVER: the link is in this answer")
            SendPasswordResetLink.Delivery delivery,
            @Schema(description = "Only when HANDED_OVER; shown this once, never again")
            @JsonInclude(JsonInclude.Include.NON_NULL) String link,
            Instant expiresAt) {
    }

    @POST
    @Path("/password-reset")
    @Operation(summary = "Send a single-use set-password link to an account: mailed, or returned once to hand "
            + "over when the account has no email (ADMIN)")
    @APIResponse(responseCode = "200", description = "The link was made; earlier open links of the account no "
            + "longer work")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no account has that login)")
    @APIResponse(responseCode = "409", description = "ACCOUNT_INACTIVE")
    public Response sendPasswordResetLink(@Valid @NotNull PasswordResetLinkRequest body) {
        SendPasswordResetLink.Sent sent = sendPasswordResetLink.execute(
                new SendPasswordResetLink.Command(body.login()), currentActor.get());
        return Response.ok(new PasswordResetLinkResponse(sent.account(), sent.delivery(), sent.link().orElse(null),
                        sent.expiresAt()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
