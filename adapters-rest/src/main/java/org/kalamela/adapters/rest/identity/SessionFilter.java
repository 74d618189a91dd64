package org.kalamela.adapters.rest.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.kalamela.adapters.rest.shared.problem.Problems;
import org.kalamela.application.identity.session.CheckSession;
import org.kalamela.domain.identity.session.SessionAdmission;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Lets a request with an access token through only while the token's session is open: a signature that
 * verifies is not enough, since the session may have ended (sign-out, password reset or change,
 * deactivation) minutes before the token expires. While the account's one-time password is not replaced,
 * only endpoints marked {@link UsableBeforePasswordChange} are served. Public endpoints are not checked: they
 * need no identity, and a stale token sent along with a sign-in or a refresh must not stand in their way.
 */
public class SessionFilter {

    private final SecurityIdentity identity;
    private final CheckSession checkSession;

    @Inject
    public SessionFilter(SecurityIdentity identity, CheckSession checkSession) {
        this.identity = identity;
        this.checkSession = checkSession;
    }

    @ServerRequestFilter
    public Optional<Response> check(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || isPublic(method) || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        AccountId bearer = AccountId.of(Long.parseLong(jwt.getSubject()));
        SessionAdmission.Verdict verdict = checkSession.execute(CurrentActor.sessionClaim(jwt), bearer,
                method.isAnnotationPresent(UsableBeforePasswordChange.class));
        return switch (verdict) {
            case ADMITTED -> Optional.empty();
            case SESSION_ENDED -> Optional.of(Response.fromResponse(Problems.response(ErrorCode.SESSION_ENDED,
                            "This session has ended (signed out, password changed or "
                                    + "account deactivated); sign in again"))
                    .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .build());
            case PASSWORD_CHANGE_REQUIRED -> Optional.of(Problems.response(ErrorCode.PASSWORD_CHANGE_REQUIRED,
                    "You signed in with a one-time password: choose your own password "
                            + "first (POST /api/v1/auth/change-password)"));
        };
    }

    private static boolean isPublic(Method method) {
        return method.isAnnotationPresent(PermitAll.class)
                || (method.getDeclaringClass().isAnnotationPresent(PermitAll.class)
                && !method.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)
                && !method.isAnnotationPresent(io.quarkus.security.Authenticated.class));
    }
}
