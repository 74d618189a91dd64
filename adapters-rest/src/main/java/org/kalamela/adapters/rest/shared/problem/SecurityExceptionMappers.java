package org.kalamela.adapters.rest.shared.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.kalamela.domain.shared.error.ErrorCode;

/** Refusals of the security layer (missing or bad token, wrong role) as problem details. */
public class SecurityExceptionMappers {

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return notAuthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return notAuthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problems.response(ErrorCode.FORBIDDEN, "Your role does not allow this action");
    }

    private static Response notAuthenticated() {
        return Response.fromResponse(Problems.response(ErrorCode.UNAUTHENTICATED,
                        "Sign in first: send a valid access token as 'Authorization: Bearer <token>'"))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }
}
