package org.kalamela.adapters.rest.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Anything unforeseen: 500 without a stack trace. The log carries the trace under an incident id that the
 * response also shows, so a report from a user can be matched to the log.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Exception e) {
        return internalError(e);
    }

    static Response internalError(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return Problems.response(500, "INTERNAL_ERROR", Problems.title(500),
                "Something went wrong on our side; quote incident " + incident + " when reporting it");
    }
}
