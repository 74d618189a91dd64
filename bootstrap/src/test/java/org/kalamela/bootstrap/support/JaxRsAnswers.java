package org.kalamela.bootstrap.support;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Counts the find-participant answers that went through JAX-RS, so a test can tell them from those a Vert.x
 * route gave on the I/O thread (which no JAX-RS filter sees).
 */
public class JaxRsAnswers {

    private static final AtomicInteger FIND_PARTICIPANT = new AtomicInteger();

    @ServerResponseFilter
    public void count(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().endsWith("/kalamela/find-participant")) {
            FIND_PARTICIPANT.incrementAndGet();
        }
    }

    public static int findParticipant() {
        return FIND_PARTICIPANT.get();
    }
}
