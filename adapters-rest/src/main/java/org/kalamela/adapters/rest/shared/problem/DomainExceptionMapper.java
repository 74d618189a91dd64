package org.kalamela.adapters.rest.shared.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.kalamela.domain.identity.account.AuthenticationFailed;
import org.kalamela.domain.shared.error.DomainException;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.InvalidRows;
import org.kalamela.domain.shared.error.TooManyRequests;

/** Turns every error of the core into problem details, its kind into the status and its code kept as is. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        int status = e.kind().status();
        List<Problem.FieldErrorDto> errors = e instanceof InvalidInput invalid
                ? invalid.errors().stream().map(f -> new Problem.FieldErrorDto(f.field(), f.message())).toList()
                : List.of();
        Response response = e instanceof InvalidRows rows
                ? Problems.response(Problem.of(status, e.errorCode(), e.getMessage(), errors).withBadRows(rows.badRows()))
                : Problems.response(status, e.errorCode(), e.getMessage(), errors);
        if (e instanceof TooManyRequests tooMany) {
            return Problems.withRetryAfter(response, tooMany.retryAfter());
        }
        if (e instanceof AuthenticationFailed failed && failed.retryAfter().isPresent()) {
            return Problems.withRetryAfter(response, failed.retryAfter().get());
        }
        return response;
    }
}
