package org.kalamela.archfixture.application.registry;

import org.kalamela.archfixture.application.identity.UseCaseWithJaxRs;

/** Fixture: registry → identity in the application layer, closing a cycle. */
public class RegistryUseCase {
    UseCaseWithJaxRs other;
}
