package org.kalamela.bootstrap.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real code keeps the boundaries of ARCHITECTURE.md. */
class ArchitectureTest {

    private static final String ROOT = "org.kalamela";
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // The application's test-jar (fakes and contract tests) is test code too.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(ROOT);
        if (production.size() < 50) {
            throw new IllegalStateException("expected the whole application on the class path, found "
                    + production.size() + " classes");
        }
    }

    @Test
    void domainIsPlainJava() {
        ArchitectureRules.domainIsPlainJava(ROOT).check(production);
    }

    @Test
    void applicationTouchesNoFramework() {
        ArchitectureRules.applicationTouchesNoFramework(ROOT).check(production);
    }

    @Test
    void coreDoesNotKnowTheOutside() {
        ArchitectureRules.coreDoesNotKnowTheOutside(ROOT).check(production);
    }

    @Test
    void adaptersDoNotReachIntoEachOther() {
        ArchitectureRules.restDoesNotReachOtherAdapters(ROOT).check(production);
        ArchitectureRules.persistenceDoesNotReachOtherAdapters(ROOT).check(production);
        ArchitectureRules.exportDoesNotReachOtherAdapters(ROOT).check(production);
        ArchitectureRules.adaptersDoNotDependOnEachOther(ROOT).check(production);
    }

    @Test
    void theLegacyImportReadsOverJdbcAndLoadsThroughDomainPorts() {
        ArchitectureRules.legacyAdapterReadsOnlyOverJdbc(ROOT).check(production);
        ArchitectureRules.legacyImportLoadsThroughDomainPorts(ROOT).check(production);
    }

    @Test
    void restImplementsNoPort() {
        ArchitectureRules.restImplementsNoPort(ROOT).check(production);
    }

    @Test
    void bootstrapHoldsNoAdapter() {
        ArchitectureRules.bootstrapHoldsNoAdapter(ROOT).check(production);
    }

    @Test
    void entitiesLiveInPersistence() {
        ArchitectureRules.entitiesLiveInPersistence(ROOT).check(production);
    }

    @Test
    void useCasesLeaveRefusalsToPolicies() {
        ArchitectureRules.useCasesLeaveRefusalsToPolicies(ROOT).check(production);
    }

    @Test
    void contextsAreFreeOfCycles() {
        ArchitectureRules.domainContextsAreFreeOfCycles(ROOT).check(production);
        ArchitectureRules.applicationContextsAreFreeOfCycles(ROOT).check(production);
    }

    @Test
    void restCallsOnlyUseCases() {
        ArchitectureRules.restCallsOnlyUseCases(ROOT).check(production);
    }

    @Test
    void useCasesHaveOneTransactionalEntryPoint() {
        ArchitectureRules.useCasesHaveOneTransactionalEntryPoint().check(production);
    }

    @Test
    void festivalPackagesDependOneWay() {
        ArchitectureRules.festivalDomainPackagesDependOneWay(ROOT).check(production);
        ArchitectureRules.festivalApplicationPackagesDependOneWay(ROOT).check(production);
    }

    @Test
    void conferencePackagesDependOneWay() {
        ArchitectureRules.conferenceDomainPackagesDependOneWay(ROOT).check(production);
        ArchitectureRules.conferenceApplicationPackagesDependOneWay(ROOT).check(production);
    }

    @Test
    void paymentPackagesDependOneWay() {
        ArchitectureRules.paymentPackagesDependOneWay(ROOT).check(production);
    }

    @Test
    void domainContextsAreIndependent() {
        ArchitectureRules.domainContextsAreIndependent(ROOT).check(production);
    }
}
