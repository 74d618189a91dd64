package org.kalamela.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule, run on the fixture package {@code org.kalamela.archfixture} whose classes break it on purpose,
 * must fail: a rule that cannot fail protects nothing.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String FIXTURE = "org.kalamela.archfixture";
    private static JavaClasses fixture;

    @BeforeAll
    static void importFixture() {
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    private static void assertCatches(ArchRule rule, String offendingClass) {
        assertThatThrownBy(() -> rule.check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(offendingClass);
    }

    @Test
    void aLegacyReaderUsingJpaIsCaught() {
        assertCatches(ArchitectureRules.legacyAdapterReadsOnlyOverJdbc(FIXTURE), "LegacyReaderUsingJpa");
    }

    @Test
    void aLegacyImportCallingAnotherContextsUseCaseIsCaught() {
        assertCatches(ArchitectureRules.legacyImportLoadsThroughDomainPorts(FIXTURE), "ImportCallingAUseCase");
    }

    @Test
    void aDomainClassUsingJpaIsCaught() {
        assertCatches(ArchitectureRules.domainIsPlainJava(FIXTURE), "LeakyMember");
    }

    @Test
    void aUseCaseUsingAFrameworkIsCaught() {
        assertCatches(ArchitectureRules.applicationTouchesNoFramework(FIXTURE), "UseCaseWithJaxRs");
    }

    @Test
    void aUseCaseKnowingAnAdapterIsCaught() {
        assertCatches(ArchitectureRules.coreDoesNotKnowTheOutside(FIXTURE), "UseCaseWithJaxRs");
    }

    @Test
    void restReachingIntoPersistenceIsCaught() {
        assertCatches(ArchitectureRules.restDoesNotReachOtherAdapters(FIXTURE), "ResourceReturningEntity");
    }

    @Test
    void persistenceReachingIntoRestIsCaught() {
        assertCatches(ArchitectureRules.persistenceDoesNotReachOtherAdapters(FIXTURE), "RepositoryUsingRest");
    }

    @Test
    void exportReachingIntoPersistenceIsCaught() {
        assertCatches(ArchitectureRules.exportDoesNotReachOtherAdapters(FIXTURE), "WriterReadingEntities");
    }

    @Test
    void theSecurityAdapterReachingIntoRestIsCaught() {
        assertCatches(ArchitectureRules.adaptersDoNotDependOnEachOther(FIXTURE), "IssuerReadingRequests");
    }

    @Test
    void theMailAdapterReachingIntoPersistenceIsCaught() {
        assertCatches(ArchitectureRules.adaptersDoNotDependOnEachOther(FIXTURE), "MailerReadingEntities");
    }

    @Test
    void theStorageAdapterReachingIntoPersistenceIsCaught() {
        assertCatches(ArchitectureRules.adaptersDoNotDependOnEachOther(FIXTURE), "StorageReadingEntities");
    }

    @Test
    void aPaymentKnowingItsProofsIsCaught() {
        assertCatches(ArchitectureRules.paymentPackagesDependOneWay(FIXTURE), "PaymentKnowingProofs");
    }

    @Test
    void restImplementingAPortIsCaught() {
        assertCatches(ArchitectureRules.restImplementsNoPort(FIXTURE), "HasherInResource");
    }

    @Test
    void bootstrapImplementingAPortIsCaught() {
        assertCatches(ArchitectureRules.bootstrapHoldsNoAdapter(FIXTURE), "MailerInBootstrap");
    }

    @Test
    void aBootstrapProducerOfAPortIsNoAdapter() {
        assertThat(ArchitectureRules.bootstrapHoldsNoAdapter(FIXTURE).evaluate(fixture).getFailureReport().getDetails())
                .anyMatch(detail -> detail.contains("MailerInBootstrap"))
                .noneMatch(detail -> detail.contains("MailerProducer"));
    }

    @Test
    void anEntityOutsidePersistenceIsCaught() {
        assertCatches(ArchitectureRules.entitiesLiveInPersistence(FIXTURE), "LeakyMember");
    }

    @Test
    void aUseCaseRefusingWithoutAPolicyIsCaught() {
        assertCatches(ArchitectureRules.useCasesLeaveRefusalsToPolicies(FIXTURE), "UseCaseRefusingItself");
    }

    @Test
    void aCycleBetweenContextsIsCaught() {
        assertCatches(ArchitectureRules.domainContextsAreFreeOfCycles(FIXTURE), "Cycle");
    }

    @Test
    void aCycleBetweenApplicationContextsIsCaught() {
        assertCatches(ArchitectureRules.applicationContextsAreFreeOfCycles(FIXTURE), "Cycle");
    }

    @Test
    void restCallingAHelperOfTheUseCasesIsCaught() {
        assertCatches(ArchitectureRules.restCallsOnlyUseCases(FIXTURE), "ResourceCallingAHelper");
    }

    @Test
    void restCallingAPortIsCaught() {
        assertCatches(ArchitectureRules.restCallsOnlyUseCases(FIXTURE), "ResourceReadingAPort");
    }

    @Test
    void aUseCaseWithTwoEntryPointsIsCaught() {
        assertCatches(ArchitectureRules.useCasesHaveOneTransactionalEntryPoint(), "UseCaseWithTwoVerbs");
    }

    @Test
    void aUseCaseWithoutATransactionIsCaught() {
        assertCatches(ArchitectureRules.useCasesHaveOneTransactionalEntryPoint(), "UseCaseWithoutTransaction");
    }

    @Test
    void aFestivalDomainPackageDependingUpwardsIsCaught() {
        assertCatches(ArchitectureRules.festivalDomainPackagesDependOneWay(FIXTURE), "EditionKnowingTeams");
    }

    @Test
    void aFestivalApplicationPackageDependingUpwardsIsCaught() {
        assertCatches(ArchitectureRules.festivalApplicationPackagesDependOneWay(FIXTURE), "ChestUsingEntries");
    }

    @Test
    void aConferenceDomainPackageDependingUpwardsIsCaught() {
        assertCatches(ArchitectureRules.conferenceDomainPackagesDependOneWay(FIXTURE), "ConferenceKnowingDelegates");
    }

    @Test
    void aConferenceApplicationPackageDependingUpwardsIsCaught() {
        assertCatches(ArchitectureRules.conferenceApplicationPackagesDependOneWay(FIXTURE),
                "DelegatesAskingTheSummary");
    }

    @Test
    void aDomainContextKnowingAnotherIsCaught() {
        assertCatches(ArchitectureRules.domainContextsAreIndependent(FIXTURE), "FestivalMemberReadingRegistry");
    }
}
