package org.kalamela.application.identity.session;

import java.time.Instant;
import org.kalamela.application.identity.account.AccountView;

/** What a successful sign-in or refresh hands out. The refresh token is shown once and stored only hashed. */
public record SessionTokens(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
                            Instant refreshTokenExpiresAt, AccountView account) {
}
