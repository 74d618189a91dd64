package org.kalamela.domain.identity;

import java.util.Optional;
import org.kalamela.domain.shared.AccountId;

/**
 * Whether a request bearing a valid access token may go on: only while the token's session is open and
 * belongs to the token's account. A token without a session (issued before sessions existed) is refused.
 */
public final class SessionAdmission {

    /** The answer for one request. */
    public enum Verdict { ADMITTED, SESSION_ENDED }

    private SessionAdmission() {
    }

    public static Verdict judge(Optional<SessionStatus> status, AccountId bearer) {
        if (status.isEmpty() || !status.get().accountId().equals(bearer) || status.get().ended()) {
            return Verdict.SESSION_ENDED;
        }
        return Verdict.ADMITTED;
    }
}
