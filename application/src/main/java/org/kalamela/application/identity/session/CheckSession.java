package org.kalamela.application.identity.session;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.domain.identity.session.SessionAdmission;
import org.kalamela.domain.identity.session.SessionId;
import org.kalamela.domain.identity.session.SessionRepository;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Checks the session of a request's access token: one lookup by primary key per request and no cache, so a
 * session ended on any instance stops its tokens on every instance at once.
 */
@UseCase
public class CheckSession {

    private final SessionRepository sessions;

    @Inject
    public CheckSession(SessionRepository sessions) {
        this.sessions = sessions;
    }

    /**
     * {@code sessionClaim} is the token's {@code sid}, absent in tokens issued before sessions existed;
     * {@code usableBeforePasswordChange} whether the endpoint serves a session whose one-time password is not
     * yet replaced.
     *
     * <p>{@code SUPPORTS}: one read needs no transaction of its own, and the check runs on every signed-in
     * request, before the endpoint's use case opens the request's transaction.
     */
    @Transactional(TxType.SUPPORTS)
    public SessionAdmission.Verdict execute(Optional<String> sessionClaim, AccountId bearer,
                                            boolean usableBeforePasswordChange) {
        Optional<SessionId> id = sessionClaim.filter(s -> !s.isBlank() && s.length() <= SessionId.MAX_LENGTH)
                .map(SessionId::new);
        return SessionAdmission.judge(id.flatMap(sessions::statusOf), bearer, usableBeforePasswordChange);
    }
}
