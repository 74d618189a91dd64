package org.kalamela.adapters.rest.shared.problem;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/** Builds problem responses; the one place that sets the problem media type and Retry-After. */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String code, String title, String detail,
                                    List<Problem.FieldErrorDto> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, code, title, detail, errors))
                .build();
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response response(int status, String code, String title, String detail) {
        return response(status, code, title, detail, List.of());
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
