package org.kalamela.adapters.rest.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.identity.account.AccountView;
import org.kalamela.application.identity.session.SessionTokens;

/** Request and response bodies of the authentication endpoints. */
public final class AuthDtos {

    private AuthDtos() {
    }

    @Schema(name = "LoginRequest")
    public record LoginRequest(
            @Schema(description = "Username, email or phone number", examples = "admin")
            @NotBlank @Size(max = 254) String login,
            @NotBlank @Size(max = 1024) String password) {
    }

    @Schema(name = "RefreshRequest")
    public record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
    }

    @Schema(name = "LogoutRequest")
    public record LogoutRequest(
            @Schema(description = "Optional: a refresh token of another of your sessions to end as well")
            @Size(max = 200) String refreshToken) {
    }

    @Schema(name = "ForgotPasswordRequest")
    public record ForgotPasswordRequest(
            @Schema(description = "Username, email or phone number") @NotBlank @Size(max = 254) String login) {
    }

    @Schema(name = "ResetPasswordRequest")
    public record ResetPasswordRequest(@NotBlank @Size(max = 200) String token,
                                       @NotBlank @Size(max = 1024) String newPassword) {
    }

    @Schema(name = "ChangePasswordRequest")
    public record ChangePasswordRequest(@NotBlank @Size(max = 1024) String currentPassword,
                                        @NotBlank @Size(max = 1024) String newPassword) {
    }

    @Schema(name = "TokenResponse")
    public record TokenResponse(String tokenType, String accessToken, long expiresIn, Instant accessTokenExpiresAt,
                                String refreshToken, Instant refreshTokenExpiresAt,
                                @Schema(description = "Signed in with a one-time password: every endpoint but "
                                        + "change-password, me, logout and refresh answers 403 "
                                        + "PASSWORD_CHANGE_REQUIRED until it is replaced")
                                boolean passwordChangeRequired,
                                AccountView account) {

        static TokenResponse of(SessionTokens tokens, Instant now) {
            long expiresIn = Math.max(0, tokens.accessTokenExpiresAt().getEpochSecond() - now.getEpochSecond());
            return new TokenResponse("Bearer", tokens.accessToken(), expiresIn, tokens.accessTokenExpiresAt(),
                    tokens.refreshToken(), tokens.refreshTokenExpiresAt(), tokens.account().passwordChangeRequired(),
                    tokens.account());
        }
    }
}
