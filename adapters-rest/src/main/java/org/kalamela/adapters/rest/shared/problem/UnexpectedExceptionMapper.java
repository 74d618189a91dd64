package org.kalamela.adapters.rest.shared.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.kalamela.domain.shared.error.ErrorCode;

/**
 * Anything unforeseen: 500 without a stack trace. One exception, as a safety net behind the checks where text
 * enters: text PostgreSQL refuses to store (SQLSTATE 22021, a NUL or invalid byte sequence; 22P05, a character
 * it cannot translate) is the client's input, a 400 {@code VALIDATION_FAILED}, logged in one line.
 *
 * <p>Otherwise the log carries the trace under an incident id that the
 * response also shows, so a report from a user can be matched to the log.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

    private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05");

    @Override
    public Response toResponse(Exception e) {
        if (isUnstorableText(e)) {
            LOG.warnf("Refused text the database cannot store: %s", e.getClass().getName());
            return Problems.response(ErrorCode.VALIDATION_FAILED,
                    "The request has text with characters that cannot be stored",
                    List.of(new Problem.FieldErrorDto("body", "must not contain control characters")));
        }
        return internalError(e);
    }

    static boolean isUnstorableText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && UNSTORABLE_TEXT.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static Response internalError(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return Problems.response(ErrorCode.INTERNAL_ERROR,
                "Something went wrong on our side; quote incident " + incident + " when reporting it");
    }
}
