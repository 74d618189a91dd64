package org.kalamela.adapters.rest.shared.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.domain.shared.error.ErrorCode;

/** RFC 9457 problem details with the stable {@code code} clients switch on, and per-field errors. */
@Schema(name = "Problem", description = "RFC 9457 problem details; switch on `code`, not on the text")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
// Native image: handed to JAX-RS inside a Response, so Quarkus cannot register it for Jackson itself.
@RegisterForReflection(registerFullHierarchy = true)
public record Problem(String type, String title, int status, String detail, String code, List<FieldErrorDto> errors,
                      @Schema(description = "Imports only: how many rows are invalid; errors lists those of the "
                              + "first 100") Integer badRows) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldErrorDto(String field, String message) {
    }

    /** The problem for a code of the catalogue, answered with the given status and its standard title. */
    public static Problem of(int status, ErrorCode code, String detail, List<FieldErrorDto> errors) {
        String type = "urn:kalamela:problem:" + code.code().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return new Problem(type, Problems.title(status), status, detail, code.code(),
                errors == null ? List.of() : errors, null);
    }

    /** The same problem, saying how many rows of an import are invalid. */
    public Problem withBadRows(int count) {
        return new Problem(type, title, status, detail, code, errors, count);
    }
}
