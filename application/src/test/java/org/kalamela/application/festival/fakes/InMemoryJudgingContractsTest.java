package org.kalamela.application.festival.fakes;

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

/** The judging contracts against the fakes; each nested test starts from empty fakes. */
class InMemoryJudgingContractsTest {

    @Nested
    class Draws extends DrawRepositoryContract {
        private final FestivalFakes fakes = new FestivalFakes();

        @Override
        protected DrawRepository draws() {
            return fakes.draws;
        }

        @Override
        protected JudgeSheetRepository sheets() {
            return fakes.sheets;
        }

        @Override
        protected CriteriaRepository criteria() {
            return fakes.criteria;
        }

        @Override
        protected FestivalContractFixtures fixtures() {
            return new InMemoryContractFixtures(fakes);
        }
    }

    @Nested
    class Sheets extends JudgeSheetRepositoryContract {
        private final FestivalFakes fakes = new FestivalFakes();
        private final InMemoryContractFixtures fixtures = new InMemoryContractFixtures(fakes);

        @Override
        protected JudgeSheetRepository sheets() {
            return fakes.sheets;
        }

        @Override
        protected CriteriaRepository criteria() {
            return fakes.criteria;
        }

        @Override
        protected DrawRepository draws() {
            return fakes.draws;
        }

        @Override
        protected FestivalContractFixtures fixtures() {
            return fixtures;
        }
    }

    @Nested
    class Certificates extends CertificateRepositoryContract {
        private final FestivalFakes fakes = new FestivalFakes();

        @Override
        protected CertificateRepository certificates() {
            return fakes.certificates;
        }

        @Override
        protected EventResultRepository results() {
            return fakes.results;
        }

        @Override
        protected DrawRepository draws() {
            return fakes.draws;
        }

        @Override
        protected FestivalContractFixtures fixtures() {
            return new InMemoryContractFixtures(fakes);
        }
    }

    @Nested
    class Results extends EventResultRepositoryContract {
        private final FestivalFakes fakes = new FestivalFakes();

        @Override
        protected EventResultRepository results() {
            return fakes.results;
        }

        @Override
        protected ResultNumberSequence resultNumbers() {
            return fakes.resultNumbers;
        }

        @Override
        protected DrawRepository draws() {
            return fakes.draws;
        }

        @Override
        protected FestivalContractFixtures fixtures() {
            return new InMemoryContractFixtures(fakes);
        }
    }

    @Nested
    class Appeals extends AppealRepositoryContract {
        private final FestivalFakes fakes = new FestivalFakes();

        @Override
        protected AppealRepository appeals() {
            return fakes.appeals;
        }

        @Override
        protected FestivalContractFixtures fixtures() {
            return new InMemoryContractFixtures(fakes);
        }
    }

    @Nested
    class Reader extends JudgingReaderContract {
        private final FestivalFakes fakes = new FestivalFakes();
        private final InMemoryContractFixtures fixtures = new InMemoryContractFixtures(fakes);

        @Override
        protected JudgingReader reader() {
            return fakes.judgingReader;
        }

        @Override
        protected DrawRepository draws() {
            return fakes.draws;
        }

        @Override
        protected JudgeSheetRepository sheets() {
            return fakes.sheets;
        }

        @Override
        protected FestivalContractFixtures fixtures() {
            return fixtures;
        }
    }
}
