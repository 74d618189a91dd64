package org.kalamela.archfixture.application.migration;

import org.kalamela.archfixture.application.registry.RegistryUseCase;

/** Fixture: the legacy import calling another context's use case instead of the domain's ports. */
public class ImportCallingAUseCase {
    RegistryUseCase registerUnit;
}
