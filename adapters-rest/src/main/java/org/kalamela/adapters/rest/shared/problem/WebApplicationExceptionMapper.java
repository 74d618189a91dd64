package org.kalamela.adapters.rest.shared.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.kalamela.domain.shared.error.ErrorCode;

/** The framework's own refusals (unknown path, wrong method, wrong media type) as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedExceptionMapper.internalError(e);
        }
        ErrorCode code = switch (status) {
            case 400 -> e.getCause() != null ? ErrorCode.MALFORMED_BODY : ErrorCode.BAD_REQUEST;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> ErrorCode.REQUEST_FAILED;
        };
        String detail = switch (status) {
            case 404 -> "No such resource";
            case 413 -> "The body is larger than the server accepts";
            default -> e.getMessage();
        };
        return Problems.response(status, code, detail, java.util.List.of());
    }
}
