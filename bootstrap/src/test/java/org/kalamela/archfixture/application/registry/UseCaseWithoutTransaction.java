package org.kalamela.archfixture.application.registry;

import org.kalamela.application.UseCase;

/** Fixture: a use case whose one entry point runs outside a transaction. */
@UseCase
public class UseCaseWithoutTransaction {
    public void execute() {
    }
}
