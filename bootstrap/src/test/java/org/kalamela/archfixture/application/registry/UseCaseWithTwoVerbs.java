package org.kalamela.archfixture.application.registry;

import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;

/** Fixture: a use case with two public entry points (one class per verb is the rule). */
@UseCase
public class UseCaseWithTwoVerbs {
    @Transactional
    public void create() {
    }

    @Transactional
    public void delete() {
    }
}
