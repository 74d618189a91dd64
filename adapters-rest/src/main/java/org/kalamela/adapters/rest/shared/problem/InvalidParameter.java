package org.kalamela.adapters.rest.shared.problem;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.kalamela.domain.shared.error.ErrorCode;

/**
 * A query or path parameter that does not convert to its type ({@code ?districtId=abc}, {@code /units/abc},
 * {@code ?active=maybe}). A {@link BadRequestException} on purpose: the framework passes those through as they
 * are, where it would turn any other conversion failure into a 404.
 */
public class InvalidParameter extends BadRequestException {

    private final String parameter;
    private final String problem;

    public InvalidParameter(String parameter, String problem) {
        super(parameter + " " + problem);
        this.parameter = parameter;
        this.problem = problem;
    }

    public String parameter() {
        return parameter;
    }

    /** 400 {@code VALIDATION_FAILED} with one field error named after the parameter. */
    @Provider
    public static class Mapper implements ExceptionMapper<InvalidParameter> {

        @Override
        public Response toResponse(InvalidParameter e) {
            return Problems.response(ErrorCode.VALIDATION_FAILED, "The request has invalid fields",
                    List.of(new Problem.FieldErrorDto(e.parameter, e.problem)));
        }
    }
}
