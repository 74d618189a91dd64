package org.kalamela.adapters.rest.shared.problem;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.kalamela.domain.shared.error.ErrorCode;

/**
 * Builds problem responses; the one place that sets the problem media type and Retry-After. Every code comes
 * from the catalogue ({@link ErrorCode}), and so does the status unless a code is raised with several.
 */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, ErrorCode code, String detail, List<Problem.FieldErrorDto> errors) {
        return response(Problem.of(status, code, detail, errors));
    }

    public static Response response(ErrorCode code, String detail, List<Problem.FieldErrorDto> errors) {
        return response(code.status(), code, detail, errors);
    }

    public static Response response(ErrorCode code, String detail) {
        return response(code, detail, List.of());
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response withRetryAfter(Response response, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return Response.fromResponse(response).header("Retry-After", Long.toString(seconds)).build();
    }

    public static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid request";
            case 401 -> "Not authenticated";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict with a business rule";
            case 413 -> "Upload too large";
            case 414 -> "Address too long";
            case 415 -> "Unsupported media type";
            case 422 -> "Idempotency key reused";
            case 429 -> "Too many requests";
            default -> status >= 500 ? "Internal error" : "Request failed";
        };
    }
}
