package org.kalamela.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * The boundaries of ARCHITECTURE.md as ArchUnit rules, written against a root package so that each rule
 * can also be run on a fixture that breaks it (ArchitectureRulesCatchViolationsTest).
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** The domain is plain Java: it depends on the JDK and on itself only. */
    static ArchRule domainIsPlainJava(String root) {
        return classes().that().resideInAPackage(root + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".domain..", "java..")
                .because("the domain holds the rules and must stay free of frameworks");
    }

    /** Use cases know the domain and standard jakarta annotations (ADR-2), nothing of the outside world. */
    static ArchRule applicationTouchesNoFramework(String root) {
        return classes().that().resideInAPackage(root + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".application..", root + ".domain..",
                        "java..", "jakarta.inject..", "jakarta.enterprise..", "jakarta.transaction..",
                        "jakarta.annotation..")
                .because("use cases touch no framework, no JPA, no JAX-RS, no Jackson");
    }

    /** No layer reaches outwards: the core never knows an adapter or the bootstrap module. */
    static ArchRule coreDoesNotKnowTheOutside(String root) {
        return noClasses().that().resideInAnyPackage(root + ".domain..", root + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".adapters..", root + ".bootstrap..");
    }

    static ArchRule restDoesNotReachOtherAdapters(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters.rest..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".adapters.persistence..",
                        root + ".adapters.export..", "jakarta.persistence..", "org.hibernate..")
                .because("REST never sees a JPA entity or another adapter");
    }

    static ArchRule persistenceDoesNotReachOtherAdapters(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".adapters.rest..",
                        root + ".adapters.export..", "jakarta.ws.rs..");
    }

    static ArchRule exportDoesNotReachOtherAdapters(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters.export..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".adapters.rest..",
                        root + ".adapters.persistence..", "jakarta.persistence..", "jakarta.ws.rs..");
    }

    /**
     * Every adapter module (REST, persistence, export, security, mail, and any added later) knows the core
     * only: one adapter reaching into another would tie two technologies together behind the core's back.
     */
    static ArchRule adaptersDoNotDependOnEachOther(String root) {
        return slices().matching(root + ".adapters.(*)..").should().notDependOnEachOther()
                .because("adapters know application and domain, never each other");
    }

    /** A port REST implemented would be infrastructure (hashing, tokens, mail) hidden in the web layer. */
    static ArchRule restImplementsNoPort(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters.rest..")
                .should().implement(resideInAnyPackage(root + ".domain..", root + ".application.."))
                .because("REST translates HTTP; the core's ports are implemented in their own adapter modules");
    }

    /**
     * Bootstrap wires and starts: its producers hand out the core's classes and the adapters' beans, but no
     * class of its own implements a port (that would be an adapter living in the wiring).
     */
    static ArchRule bootstrapHoldsNoAdapter(String root) {
        return noClasses().that().resideInAPackage(root + ".bootstrap..")
                .should().implement(resideInAnyPackage(root + ".domain..", root + ".application.."))
                .because("bootstrap wires and starts, nothing else; adapters live in adapter modules");
    }

    /** JPA entities live in the persistence adapter only. */
    static ArchRule entitiesLiveInPersistence(String root) {
        return classes().that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().resideInAPackage(root + ".adapters.persistence..");
    }

    /**
     * Rules stay in the domain (ADR-1): a use case reads the facts and asks a named policy, which refuses;
     * it never raises a {@link RuleViolation} of its own.
     */
    static ArchRule useCasesLeaveRefusalsToPolicies(String root) {
        return noClasses().that().resideInAPackage(root + ".application..")
                .should().callConstructor(RuleViolation.class, String.class, String.class)
                .because("a rule checked in a use case is found by no name and tested with no policy");
    }

    /** The contexts of the domain do not depend on each other in a cycle. */
    static ArchRule domainContextsAreFreeOfCycles(String root) {
        return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles();
    }

    static ArchRule applicationContextsAreFreeOfCycles(String root) {
        return slices().matching(root + ".application.(*)..").should().beFreeOfCycles();
    }
}
