package org.kalamela.application.identity.fakes;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.session.AccessToken;
import org.kalamela.domain.identity.session.AccessTokenIssuer;
import org.kalamela.domain.identity.session.SessionId;

/**
 * Issues readable access tokens ({@code access:<account id>:<serial>}) that expire {@link #LIFETIME} after
 * the clock's now, and remembers which accounts and sessions they were issued for.
 */
public class FakeAccessTokenIssuer implements AccessTokenIssuer {

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private final Clock clock;
    private final List<Account> issuedFor = new ArrayList<>();
    private final List<SessionId> sessions = new ArrayList<>();

    public FakeAccessTokenIssuer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized AccessToken issue(Account account, SessionId session) {
        issuedFor.add(account);
        sessions.add(session);
        return new AccessToken("access:" + account.id() + ":" + issuedFor.size(), clock.instant().plus(LIFETIME));
    }

    public synchronized List<Account> issuedFor() {
        return List.copyOf(issuedFor);
    }

    /** The session of each token issued, in order. */
    public synchronized List<SessionId> sessions() {
        return List.copyOf(sessions);
    }
}
