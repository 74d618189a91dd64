package org.kalamela.adapters.rest.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

    private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

    @Test
    void textThePostgresDatabaseCannotStoreIsTheClientsFieldErrorWhereverItIsWrapped() {
        for (String state : new String[] {"22021", "22P05"}) {
            Exception wrapped = new IllegalStateException("commit failed",
                    new RuntimeException("could not execute statement", new SQLException("invalid byte", state)));
            Response response = mapper.toResponse(wrapped);
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(((Problem) response.getEntity()).code()).isEqualTo("VALIDATION_FAILED");
        }
    }

    @Test
    void anyOtherDatabaseFailureStaysAnInternalError() {
        Response response = mapper.toResponse(new RuntimeException(new SQLException("deadlock", "40P01")));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(((Problem) response.getEntity()).code()).isEqualTo("INTERNAL_ERROR");
    }
}
