package org.kalamela.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Stream;
import org.kalamela.application.UseCase;
import org.kalamela.domain.shared.error.ErrorCode;
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

    /**
     * The old database is read over plain JDBC and nothing else (issue 17): the legacy adapter knows the import's
     * read port and the JDK's {@code java.sql}, never JPA, Hibernate or the application's data source, so it can
     * neither write the new schema behind the import's back nor be pointed at it by mistake.
     */
    static ArchRule legacyAdapterReadsOnlyOverJdbc(String root) {
        return classes().that().resideInAPackage(root + ".adapters.legacy..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".adapters.legacy..",
                        root + ".application.migration..", "java..", "jakarta.enterprise..", "jakarta.inject..")
                .because("the legacy adapter reads the old database and hands rows to the import; it writes nothing");
    }

    /**
     * The legacy import loads the old rows through the domain's ports (repositories, sequences), the ones the use
     * cases write through, and calls no use case or helper of another context of the application: those check
     * today's registration windows and passwords, not an old app's records, and would tie the one-off job into
     * the contexts.
     */
    static ArchRule legacyImportLoadsThroughDomainPorts(String root) {
        String migration = root + ".application.migration";
        return noClasses().that().resideInAPackage(migration + "..")
                .should().dependOnClassesThat(describe("a class of another context of the application",
                        type -> type.getPackageName().startsWith(root + ".application.")
                                && !type.getPackageName().equals(migration)
                                && !type.getPackageName().startsWith(migration + ".")))
                .because("the import goes through the domain's ports, not through other contexts' use cases");
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
                .should().callConstructor(RuleViolation.class, ErrorCode.class, String.class)
                .because("a rule checked in a use case is found by no name and tested with no policy");
    }

    /** The contexts of the domain do not depend on each other in a cycle. */
    static ArchRule domainContextsAreFreeOfCycles(String root) {
        return slices().matching(root + ".domain.(*)..").should().beFreeOfCycles();
    }

    static ArchRule applicationContextsAreFreeOfCycles(String root) {
        return slices().matching(root + ".application.(*)..").should().beFreeOfCycles();
    }

    /**
     * REST calls use cases and nothing else of the core: of the application it may use {@code @UseCase} classes
     * and the values they take and return (commands, views, rows, filters), but no other bean (the helpers the
     * use cases share, such as {@code CurrentEdition}) and no port, whether of the application (readers, the
     * spreadsheet writer) or of the domain (repositories, the mailer).
     */
    static ArchRule restCallsOnlyUseCases(String root) {
        return noClasses().that().resideInAPackage(root + ".adapters.rest..")
                .should().dependOnClassesThat(applicationBeanThatIsNoUseCase(root).or(port(root)))
                .because("a resource parses, calls one use case and maps its result; the use case is the"
                        + " transaction and the place of the rules");
    }

    private static DescribedPredicate<JavaClass> applicationBeanThatIsNoUseCase(String root) {
        return describe("a bean of the application that is no @UseCase",
                type -> type.getPackageName().startsWith(root + ".application.")
                        && Stream.of(ApplicationScoped.class, RequestScoped.class, Dependent.class, Singleton.class)
                                .anyMatch(type::isAnnotatedWith)
                        && !type.isAnnotatedWith(UseCase.class));
    }

    /**
     * The one port REST may hold is the rate limiter: its filter refuses a request before any use case runs,
     * outside every transaction (ADR-6).
     */
    private static DescribedPredicate<JavaClass> port(String root) {
        return describe("a port (an interface of the domain or the application) other than the rate limiter",
                type -> (type.getPackageName().startsWith(root + ".domain.")
                        || type.getPackageName().startsWith(root + ".application."))
                        && type.isInterface() && !type.isAnnotation()
                        && !type.getPackageName().startsWith(root + ".domain.shared.ratelimit"));
    }

    /**
     * A use case is one verb: exactly one public instance method, and it is {@code @Transactional}, so that
     * every call from outside is one transaction. Static functions (the file name of an export) are no entry
     * point.
     */
    static ArchRule useCasesHaveOneTransactionalEntryPoint() {
        return classes().that().areAnnotatedWith(UseCase.class).and().areNotAnnotations()
                .should(haveExactlyOnePublicTransactionalMethod());
    }

    private static ArchCondition<JavaClass> haveExactlyOnePublicTransactionalMethod() {
        return new ArchCondition<>("have exactly one public method, annotated @Transactional") {
            @Override
            public void check(JavaClass useCase, ConditionEvents events) {
                List<JavaMethod> entryPoints = useCase.getMethods().stream()
                        .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(m -> !m.getModifiers().contains(JavaModifier.STATIC))
                        .filter(m -> !m.getModifiers().contains(JavaModifier.SYNTHETIC)
                                && !m.getModifiers().contains(JavaModifier.BRIDGE))
                        .toList();
                if (entryPoints.size() != 1) {
                    events.add(SimpleConditionEvent.violated(useCase, useCase.getName() + " has "
                            + entryPoints.size() + " public methods: " + entryPoints.stream()
                            .map(JavaMethod::getName).toList()));
                } else if (!entryPoints.get(0).isAnnotatedWith(Transactional.class)) {
                    events.add(SimpleConditionEvent.violated(useCase, entryPoints.get(0).getFullName()
                            + " is not @Transactional"));
                }
            }
        };
    }

    /**
     * The festival's domain packages depend one way, as their package-info.java say: edition ← event ←
     * eligibility ← entry ← team, eligibility ← exclusion, edition ← chest (the ledger of chest numbers,
     * which knows only the edition's series), {edition, event, team} ← championship (what published
     * results add up to), event ← schedule (the day's plan, which is handed who takes part and who judges
     * as ids), and the judging of an event: {entry, team} ← draw (the order of appearance of
     * entries and teams) ← judging (sheets mark code letters) ← result (computed from the sheets) ← appeal (an
     * appeal against a published result), result ← certificate (the certificates a published result earns).
     */
    static ArchRule festivalDomainPackagesDependOneWay(String root) {
        String festival = root + ".domain.festival";
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("edition").definedBy(festival + ".edition..")
                .layer("event").definedBy(festival + ".event..")
                .layer("eligibility").definedBy(festival + ".eligibility..")
                .layer("entry").definedBy(festival + ".entry..")
                .layer("team").definedBy(festival + ".team..")
                .layer("chest").definedBy(festival + ".chest..")
                .layer("exclusion").definedBy(festival + ".exclusion..")
                .layer("championship").definedBy(festival + ".championship..")
                .layer("schedule").definedBy(festival + ".schedule..")
                .layer("draw").definedBy(festival + ".draw..")
                .layer("judging").definedBy(festival + ".judging..")
                .layer("result").definedBy(festival + ".result..")
                .layer("fees").definedBy(festival + ".fees..")
                .layer("appeal").definedBy(festival + ".appeal..")
                .layer("certificate").definedBy(festival + ".certificate..")
                .whereLayer("edition").mayNotAccessAnyLayer()
                .whereLayer("event").mayOnlyAccessLayers("edition")
                .whereLayer("eligibility").mayOnlyAccessLayers("edition", "event")
                .whereLayer("entry").mayOnlyAccessLayers("edition", "event", "eligibility")
                .whereLayer("team").mayOnlyAccessLayers("edition", "event", "eligibility", "entry")
                .whereLayer("chest").mayOnlyAccessLayers("edition")
                .whereLayer("exclusion").mayOnlyAccessLayers("edition", "event", "eligibility")
                .whereLayer("championship").mayOnlyAccessLayers("edition", "event", "team")
                .whereLayer("schedule").mayOnlyAccessLayers("edition", "event")
                .whereLayer("draw").mayOnlyAccessLayers("edition", "event", "entry", "team")
                .whereLayer("judging").mayOnlyAccessLayers("edition", "event", "draw")
                .whereLayer("result").mayOnlyAccessLayers("edition", "event", "entry", "team", "draw", "judging")
                .whereLayer("fees").mayOnlyAccessLayers("edition")
                .whereLayer("appeal").mayOnlyAccessLayers("edition", "event", "entry", "team", "draw", "judging",
                        "result")
                .whereLayer("certificate").mayOnlyAccessLayers("edition", "event", "entry", "team", "draw",
                        "judging", "result");
    }

    /**
     * The festival's application packages depend on each other one way too. Their use cases may read any port
     * of the festival's domain (deleting an event asks whether it has entries or teams; correcting a chest
     * number takes the member's entry lock), but among themselves: {@code query} (the read models every
     * package lists from) ← edition ← event ← entry ← team, entry ← exclusion, event ← eligibility, and
     * edition ← chest ← entry (entering a member draws their chest number), query ← championship (the
     * published results, their tables and titles), {query, edition} ← participant (the public find-participant,
     * kept once the current edition's registration has settled) and
     * {query, edition, entry} ← fees (the Kalamela's payments, previews and printable form) and
     * {query, edition, event} ← schedule (the day's plan reads the current edition and its events) and
     * {query, edition, event} ← judging (panels, criteria, the judge's own list) and
     * {query, edition, event} ← draw (the order of appearance of an event of the current edition) and
     * {query, edition, event} ← document (the papers of an event: call, judges' and tabulation sheets) and
     * {query, edition} ← appeal (appeals against published results) and {query, edition, event} ← judging (sheets and
     * the result computed from them) ← result (the admin's result view, publishing and republishing, which issue
     * certificates) and {query, edition, event} ← certificate ← result (issuing, verifying, printing). The
     * festival's root package holds the helpers all of them share.
     */
    static ArchRule festivalApplicationPackagesDependOneWay(String root) {
        String festival = root + ".application.festival";
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("query").definedBy(festival + ".query..")
                .layer("edition").definedBy(festival + ".edition..")
                .layer("event").definedBy(festival + ".event..")
                .layer("chest").definedBy(festival + ".chest..")
                .layer("entry").definedBy(festival + ".entry..")
                .layer("team").definedBy(festival + ".team..")
                .layer("exclusion").definedBy(festival + ".exclusion..")
                .layer("eligibility").definedBy(festival + ".eligibility..")
                .layer("championship").definedBy(festival + ".championship..")
                .layer("participant").definedBy(festival + ".participant..")
                .layer("fees").definedBy(festival + ".fees..")
                .layer("schedule").definedBy(festival + ".schedule..")
                .layer("judging").definedBy(festival + ".judging..")
                .layer("draw").definedBy(festival + ".draw..")
                .layer("document").definedBy(festival + ".document..")
                .layer("appeal").definedBy(festival + ".appeal..")
                .layer("result").definedBy(festival + ".result..")
                .layer("certificate").definedBy(festival + ".certificate..")
                .whereLayer("query").mayNotAccessAnyLayer()
                .whereLayer("edition").mayOnlyAccessLayers("query")
                .whereLayer("event").mayOnlyAccessLayers("query", "edition")
                .whereLayer("chest").mayOnlyAccessLayers("query", "edition")
                .whereLayer("entry").mayOnlyAccessLayers("query", "edition", "event", "chest")
                .whereLayer("team").mayOnlyAccessLayers("query", "edition", "event", "entry")
                .whereLayer("exclusion").mayOnlyAccessLayers("query", "edition", "event", "entry")
                .whereLayer("eligibility").mayOnlyAccessLayers("query", "edition", "event")
                .whereLayer("championship").mayOnlyAccessLayers("query", "edition")
                .whereLayer("participant").mayOnlyAccessLayers("query", "edition")
                .whereLayer("fees").mayOnlyAccessLayers("query", "edition", "entry")
                .whereLayer("schedule").mayOnlyAccessLayers("query", "edition", "event")
                .whereLayer("judging").mayOnlyAccessLayers("query", "edition", "event")
                .whereLayer("draw").mayOnlyAccessLayers("query", "edition", "event")
                .whereLayer("document").mayOnlyAccessLayers("query", "edition", "event")
                .whereLayer("appeal").mayOnlyAccessLayers("query", "edition")
                .whereLayer("result").mayOnlyAccessLayers("query", "edition", "event", "judging", "certificate")
                .whereLayer("certificate").mayOnlyAccessLayers("query", "edition", "event");
    }

    /**
     * The payment context's packages depend one way, in the domain and in the application alike: a payment
     * knows nothing of its proofs (payment ← proof), and in the application the read models are the lowest
     * (query ← payment ← proof; idempotency stands alone, used by the purposes' creations).
     */
    static ArchRule paymentPackagesDependOneWay(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("domain payment").definedBy(root + ".domain.payment.payment..")
                .layer("domain proof").definedBy(root + ".domain.payment.proof..")
                .layer("query").definedBy(root + ".application.payment.query..")
                .layer("payment").definedBy(root + ".application.payment.payment..")
                .layer("proof").definedBy(root + ".application.payment.proof..")
                .layer("idempotency").definedBy(root + ".application.payment.idempotency..")
                .whereLayer("domain payment").mayNotAccessAnyLayer()
                .whereLayer("domain proof").mayOnlyAccessLayers("domain payment")
                .whereLayer("query").mayOnlyAccessLayers("domain payment")
                .whereLayer("payment").mayOnlyAccessLayers("domain payment", "domain proof", "query")
                .whereLayer("proof").mayOnlyAccessLayers("domain payment", "domain proof", "payment")
                .whereLayer("idempotency").mayNotAccessAnyLayer();
    }

    /**
     * The conference's domain packages depend one way: conference ← delegate (a delegate is registered for a
     * conference, which knows nothing of its delegates).
     */
    static ArchRule conferenceDomainPackagesDependOneWay(String root) {
        String conference = root + ".domain.conference";
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("conference").definedBy(conference + ".conference..")
                .layer("delegate").definedBy(conference + ".delegate..")
                .whereLayer("conference").mayNotAccessAnyLayer()
                .whereLayer("delegate").mayOnlyAccessLayers("conference");
    }

    /**
     * The conference's application packages depend one way: {@code query} (the read models) ← conference ←
     * delegate ← appointment (appointing registers an official delegate the way an official adds a member),
     * delegate ← summary (summaries and exports count the delegates and their fees), conference ← payment
     * (the conference's fees through the shared payment machinery).
     */
    static ArchRule conferenceApplicationPackagesDependOneWay(String root) {
        String conference = root + ".application.conference";
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("query").definedBy(conference + ".query..")
                .layer("conference").definedBy(conference + ".conference..")
                .layer("delegate").definedBy(conference + ".delegate..")
                .layer("appointment").definedBy(conference + ".appointment..")
                .layer("summary").definedBy(conference + ".summary..")
                .layer("payment").definedBy(conference + ".payment..")
                .whereLayer("query").mayNotAccessAnyLayer()
                .whereLayer("conference").mayOnlyAccessLayers("query")
                .whereLayer("delegate").mayOnlyAccessLayers("query", "conference")
                .whereLayer("appointment").mayOnlyAccessLayers("query", "conference", "delegate")
                .whereLayer("summary").mayOnlyAccessLayers("query", "conference", "delegate")
                .whereLayer("payment").mayOnlyAccessLayers("query", "conference");
    }

    /**
     * The contexts of the domain (identity, registry, festival, and those to come) know nothing of each other,
     * only {@code shared}; the festival refers to members and units by the typed ids of {@code shared.id}.
     * {@code shared} itself knows no context.
     */
    static ArchRule domainContextsAreIndependent(String root) {
        String domain = root + ".domain.";
        return classes().that().resideInAPackage(root + ".domain..")
                .should(onlyHaveDependenciesWhere(describe("the target is in the same context, in shared or"
                        + " outside the domain", (Dependency dependency) -> {
                            String target = contextOf(dependency.getTargetClass(), domain);
                            return target == null || target.equals("shared")
                                    || target.equals(contextOf(dependency.getOriginClass(), domain));
                        })));
    }

    /** The context of a domain class (the package after {@code domain.}), or null outside the domain. */
    private static String contextOf(JavaClass type, String domainPrefix) {
        String name = type.getPackageName() + ".";
        if (!name.startsWith(domainPrefix)) {
            return null;
        }
        String rest = name.substring(domainPrefix.length());
        return rest.substring(0, rest.indexOf('.'));
    }
}
