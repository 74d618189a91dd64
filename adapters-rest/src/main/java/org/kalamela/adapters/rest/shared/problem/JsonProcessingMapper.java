package org.kalamela.adapters.rest.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.kalamela.adapters.rest.shared.input.StrictJson;
import org.kalamela.domain.shared.error.ErrorCode;

/**
 * Bodies that are not valid JSON are {@code MALFORMED_BODY}. Unknown fields are rejected
 * ({@code UNKNOWN_FIELD}) rather than ignored, so that a misspelt field is reported instead of silently
 * doing nothing; a value of the wrong type (a number where text is expected) or text with a control
 * character ({@link StrictJson}) is a field error.
 */
public class JsonProcessingMapper {

    /** Declared for the specific type too, so that it wins over the framework's built-in mapper of it. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return toResponse(e);
    }

    @ServerExceptionMapper
    public Response toResponse(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return Problems.response(ErrorCode.UNKNOWN_FIELD,
                    "The body has a field this endpoint does not know: " + field,
                    List.of(new Problem.FieldErrorDto(field, "is not a known field")));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            String field = path((JsonMappingException) e);
            String message = e instanceof StrictJson.ControlCharacterInString
                    ? e.getOriginalMessage() : "has a value of the wrong type or format";
            if (!field.isEmpty()) {
                return Problems.response(ErrorCode.VALIDATION_FAILED,
                        "The request has invalid fields", List.of(new Problem.FieldErrorDto(field, message)));
            }
        }
        return Problems.response(ErrorCode.MALFORMED_BODY, "The body is not valid JSON");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
