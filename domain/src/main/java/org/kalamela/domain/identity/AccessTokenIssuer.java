package org.kalamela.domain.identity;

/** Outbound port: signs access tokens carrying the account's id, role, district and unit. */
public interface AccessTokenIssuer {
    AccessToken issue(Account account);
}
