package org.kalamela.adapters.rest.identity;

import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.identity.AuthDtos.ChangePasswordRequest;
import org.kalamela.adapters.rest.identity.AuthDtos.ForgotPasswordRequest;
import org.kalamela.adapters.rest.identity.AuthDtos.LoginRequest;
import org.kalamela.adapters.rest.identity.AuthDtos.LogoutRequest;
import org.kalamela.adapters.rest.identity.AuthDtos.RefreshRequest;
import org.kalamela.adapters.rest.identity.AuthDtos.ResetPasswordRequest;
import org.kalamela.adapters.rest.identity.AuthDtos.TokenResponse;
import org.kalamela.adapters.rest.shared.ratelimit.ClientAddresses;
import org.kalamela.adapters.rest.shared.ratelimit.RateLimited;
import org.kalamela.application.identity.account.AccountView;
import org.kalamela.application.identity.account.ShowCurrentAccount;
import org.kalamela.application.identity.password.ChangePassword;
import org.kalamela.application.identity.password.ConfirmPasswordReset;
import org.kalamela.application.identity.password.RequestPasswordReset;
import org.kalamela.application.identity.session.RefreshSession;
import org.kalamela.application.identity.session.SignIn;
import org.kalamela.application.identity.session.SignOut;

@Path("/api/v1/auth")
@Tag(name = "Authentication", description = "Sign-in, tokens and password reset")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final SignIn signIn;
    private final RefreshSession refreshSession;
    private final SignOut signOut;
    private final ShowCurrentAccount showCurrentAccount;
    private final RequestPasswordReset requestPasswordReset;
    private final ConfirmPasswordReset confirmPasswordReset;
    private final ChangePassword changePassword;
    private final CurrentActor currentActor;
    private final Clock clock;

    @Inject
    public AuthResource(SignIn signIn, RefreshSession refreshSession, SignOut signOut,
                        ShowCurrentAccount showCurrentAccount, RequestPasswordReset requestPasswordReset,
                        ConfirmPasswordReset confirmPasswordReset, ChangePassword changePassword,
                        CurrentActor currentActor, Clock clock) {
        this.signIn = signIn;
        this.refreshSession = refreshSession;
        this.signOut = signOut;
        this.showCurrentAccount = showCurrentAccount;
        this.requestPasswordReset = requestPasswordReset;
        this.confirmPasswordReset = confirmPasswordReset;
        this.changePassword = changePassword;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @POST
    @Path("/login")
    @PermitAll
    @RateLimited("login")
    @Operation(summary = "Sign in with username, email or phone and password (public)")
    @APIResponse(responseCode = "200", description = "Access and refresh tokens")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_BODY, UNKNOWN_FIELD")
    @APIResponse(responseCode = "401", description = "INVALID_CREDENTIALS, ACCOUNT_LOCKED (with Retry-After; "
            + "for this client address, or for every address after 50 failures; unknown logins alike), "
            + "ACCOUNT_INACTIVE")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED (with Retry-After)")
    public TokenResponse login(@Valid @NotNull LoginRequest body, @Context HttpServerRequest request) {
        return TokenResponse.of(signIn.execute(new SignIn.Command(body.login(), body.password(),
                ClientAddresses.of(request))), clock.instant());
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @RateLimited("refresh")
    @Operation(summary = "Exchange a refresh token for new tokens; a reused token ends the whole sign-in (public)")
    @APIResponse(responseCode = "200", description = "New access and refresh tokens")
    @APIResponse(responseCode = "401", description = "INVALID_REFRESH_TOKEN, REFRESH_TOKEN_REUSED")
    public TokenResponse refresh(@Valid @NotNull RefreshRequest body) {
        return TokenResponse.of(refreshSession.execute(body.refreshToken()), clock.instant());
    }

    @POST
    @Path("/logout")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End the current session: its access token and refresh tokens stop at once (any role)")
    @APIResponse(responseCode = "204", description = "Signed out; a refresh token given as well ends its own "
            + "session when it is yours (an unknown one is ignored)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED, SESSION_ENDED")
    @UsableBeforePasswordChange
    public Response logout(@Valid LogoutRequest body) {
        signOut.execute(currentActor.get(), currentActor.sessionId(),
                Optional.ofNullable(body).map(LogoutRequest::refreshToken));
        return Response.noContent().build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The signed-in account, with whether its one-time password must be replaced (any role)")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED, SESSION_ENDED")
    @UsableBeforePasswordChange
    public AccountView me() {
        return showCurrentAccount.execute(currentActor.get());
    }

    @POST
    @Path("/change-password")
    @Authenticated
    @RateLimited("change-password")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace your own password; ends your other sessions (any role)")
    @APIResponse(responseCode = "204", description = "Changed; this session goes on, every other one is ended, "
            + "and a one-time password no longer restricts the account")
    @APIResponse(responseCode = "400", description = "WRONG_CURRENT_PASSWORD, SAME_PASSWORD, WEAK_PASSWORD, "
            + "VALIDATION_FAILED")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED, SESSION_ENDED")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED (with Retry-After)")
    @UsableBeforePasswordChange
    public Response changePassword(@Valid @NotNull ChangePasswordRequest body) {
        changePassword.execute(new ChangePassword.Command(body.currentPassword(), body.newPassword()),
                currentActor.get(), currentActor.sessionId());
        return Response.noContent().build();
    }

    @POST
    @Path("/forgot-password/request")
    @PermitAll
    @RateLimited("forgot-password")
    @Operation(summary = "Mail a single-use reset link; answers the same whether or not the account exists (public)")
    @APIResponse(responseCode = "202", description = "Accepted; a mail is sent if the account exists and has an email")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED (with Retry-After)")
    public Response requestReset(@Valid @NotNull ForgotPasswordRequest body) {
        requestPasswordReset.execute(body.login());
        return Response.accepted().build();
    }

    @POST
    @Path("/forgot-password/confirm")
    @PermitAll
    @RateLimited("forgot-password")
    @Operation(summary = "Set a new password with the token from the reset mail (public)")
    @APIResponse(responseCode = "204", description = "Password changed; every session of the account is ended")
    @APIResponse(responseCode = "400", description = "INVALID_RESET_TOKEN, WEAK_PASSWORD, VALIDATION_FAILED")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED (with Retry-After)")
    public Response confirmReset(@Valid @NotNull ResetPasswordRequest body) {
        confirmPasswordReset.execute(new ConfirmPasswordReset.Command(body.token(), body.newPassword()));
        return Response.noContent().build();
    }
}
