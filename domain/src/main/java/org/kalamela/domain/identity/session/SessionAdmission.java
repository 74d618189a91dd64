package org.kalamela.domain.identity.session;

import java.util.Optional;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Whether a request bearing a valid access token may go on: only while the token's session is open and
 * belongs to the token's account (a token without a session, issued before sessions existed, is refused);
 * and, while the account's one-time password is not yet replaced, only to what a person needs to replace it
 * (change the password, see the account, sign out).
 */
public final class SessionAdmission {

    /** The answer for one request. */
    public enum Verdict { ADMITTED, SESSION_ENDED, PASSWORD_CHANGE_REQUIRED }

    private SessionAdmission() {
    }

    public static Verdict judge(Optional<SessionStatus> status, AccountId bearer,
                                boolean usableBeforePasswordChange) {
        if (status.isEmpty() || !status.get().accountId().equals(bearer) || status.get().ended()) {
            return Verdict.SESSION_ENDED;
        }
        if (status.get().passwordChangeRequired() && !usableBeforePasswordChange) {
            return Verdict.PASSWORD_CHANGE_REQUIRED;
        }
        return Verdict.ADMITTED;
    }
}
