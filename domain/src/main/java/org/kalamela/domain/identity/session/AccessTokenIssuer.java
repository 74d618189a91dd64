package org.kalamela.domain.identity.session;

import org.kalamela.domain.identity.account.Account;

/**
 * Outbound port: signs access tokens carrying the account's id, role, district and unit, and the session
 * they belong to (checked on every request, so ending the session stops the token at once).
 */
public interface AccessTokenIssuer {
    AccessToken issue(Account account, SessionId session);
}
