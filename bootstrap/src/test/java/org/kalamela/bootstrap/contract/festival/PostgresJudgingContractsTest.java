package org.kalamela.bootstrap.contract.festival;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.kalamela.application.festival.contract.AppealRepositoryContract;
import org.kalamela.application.festival.contract.DrawRepositoryContract;
import org.kalamela.application.festival.contract.CertificateRepositoryContract;
import org.kalamela.application.festival.contract.EventResultRepositoryContract;
import org.kalamela.application.festival.contract.FestivalContractFixtures;
import org.kalamela.application.festival.contract.JudgeSheetRepositoryContract;
import org.kalamela.application.festival.contract.JudgingReaderContract;
import org.kalamela.application.festival.query.JudgingReader;
import org.kalamela.domain.festival.appeal.AppealRepository;
import org.kalamela.domain.festival.certificate.CertificateRepository;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.result.ResultNumberSequence;

/** The judging contracts (the read port's too) against PostgreSQL, each test in a transaction that is rolled back. */
@QuarkusTest
class PostgresJudgingContractsTest {

    @Inject
    RolledBackFestivalContracts festival;

    @Inject
    DrawRepository draws;

    @Inject
    JudgeSheetRepository sheets;

    @Inject
    CriteriaRepository criteria;

    @Inject
    EventResultRepository results;

    @Inject
    ResultNumberSequence resultNumbers;

    @Inject
    AppealRepository appeals;

    @Inject
    CertificateRepository certificates;

    @Inject
    JudgingReader reader;

    @BeforeEach
    void beginTransaction() {
        festival.begin();
    }

    @AfterEach
    void rollBack() {
        festival.rollBack();
    }

    @Nested
    class Draws extends DrawRepositoryContract {

        @Override
        protected DrawRepository draws() {
            return draws;
        }

        @Override
        protected JudgeSheetRepository sheets() {
            return sheets;
        }

        @Override
        protected CriteriaRepository criteria() {
            return criteria;
        }

        @Override
        protected FestivalContractFixtures fixtures() {
            return festival.fixtures();
        }
    }

    @Nested
    class Sheets extends JudgeSheetRepositoryContract {

        @Override
        protected JudgeSheetRepository sheets() {
            return sheets;
        }

        @Override
        protected CriteriaRepository criteria() {
            return criteria;
        }

        @Override
        protected DrawRepository draws() {
            return draws;
        }

        @Override
        protected FestivalContractFixtures fixtures() {
            return festival.fixtures();
        }
    }

    @Nested
    class Certificates extends CertificateRepositoryContract {

        @Override
        protected CertificateRepository certificates() {
            return certificates;
        }

        @Override
        protected EventResultRepository results() {
            return results;
        }

        @Override
        protected DrawRepository draws() {
            return draws;
        }

        @Override
        protected FestivalContractFixtures fixtures() {
            return festival.fixtures();
        }
    }

    @Nested
    class Results extends EventResultRepositoryContract {

        @Override
        protected EventResultRepository results() {
            return results;
        }

        @Override
        protected ResultNumberSequence resultNumbers() {
            return resultNumbers;
        }

        @Override
        protected DrawRepository draws() {
            return draws;
        }

        @Override
        protected FestivalContractFixtures fixtures() {
            return festival.fixtures();
        }
    }

    @Nested
    class Appeals extends AppealRepositoryContract {

        @Override
        protected AppealRepository appeals() {
            return appeals;
        }

        @Override
        protected FestivalContractFixtures fixtures() {
            return festival.fixtures();
        }
    }

    @Nested
    class Reader extends JudgingReaderContract {

        @Override
        protected JudgingReader reader() {
            return reader;
        }

        @Override
        protected DrawRepository draws() {
            return draws;
        }

        @Override
        protected JudgeSheetRepository sheets() {
            return sheets;
        }

        @Override
        protected FestivalContractFixtures fixtures() {
            return festival.fixtures();
        }
    }
}
