package org.kalamela.application;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a use case: one verb of the application, one public method, one transaction (ADR-2). A CDI
 * stereotype, so a use case is an application-scoped bean like before; the mark exists so that the
 * architecture tests can tell use cases from the helpers they share ({@code CurrentEdition},
 * {@code EventLookup}, {@code SessionFactory}, …), which are plain {@code @ApplicationScoped} beans: REST calls
 * use cases only, and every use case has exactly one public, {@code @Transactional} entry point.
 */
@Stereotype
@ApplicationScoped
@Documented
@Retention(RUNTIME)
@Target(TYPE)
public @interface UseCase {
}
