package org.kalamela.adapters.rest.shared.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import org.kalamela.domain.shared.error.ErrorCode;

/** Bean Validation failures on request bodies and parameters: 400 with one entry per field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldErrorDto> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldErrorDto(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldErrorDto::field))
                .toList();
        return Problems.response(ErrorCode.VALIDATION_FAILED, "The request has invalid fields", errors);
    }

    /** "login.arg0.password" → "password": clients know their fields, not our method parameters. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts.length == 2 ? "body" : path;
    }
}
