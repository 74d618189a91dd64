/**
 * Access tokens: the RS256 key pair, the issuer behind the {@code AccessTokenIssuer} port, and the
 * verification context smallrye-jwt checks incoming tokens with, through a cache of verified tokens (ADR-5 in
 * docs/architecture.md). Reading a verified token's claims is the REST adapter's part ({@code CurrentActor}).
 */
package org.kalamela.adapters.security.token;
