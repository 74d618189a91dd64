package org.kalamela.archfixture.application.identity;

import jakarta.ws.rs.core.Response;
import org.kalamela.archfixture.adapters.rest.shared.ResourceReturningEntity;
import org.kalamela.archfixture.application.registry.RegistryUseCase;

/** Fixture: a use case that builds HTTP responses and knows a resource, and closes a cycle. */
public class UseCaseWithJaxRs {
    RegistryUseCase other;
    ResourceReturningEntity resource;

    Response answer() {
        return Response.ok().build();
    }
}
