package org.kalamela.bootstrap.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestDatabase} for every {@code @QuarkusTest} of the module. */
@QuarkusTestResource(value = TestDatabase.class, restrictToAnnotatedClass = false)
public class TestDatabaseResource {
}
