package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.contract.JudgingContractWorld.AT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.certificate.Certificate;
import org.kalamela.domain.festival.certificate.CertificateReissue;
import org.kalamela.domain.festival.certificate.CertificateRepository;
import org.kalamela.domain.festival.certificate.IssuedFrom;
import org.kalamela.domain.festival.certificate.Recipient;
import org.kalamela.domain.festival.certificate.SerialGenerator;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.result.Grade;
import org.kalamela.domain.shared.id.AccountId;

/** What every {@link CertificateRepository} does: recipients from the published entries, issue, void. */
public abstract class CertificateRepositoryContract {

    protected abstract CertificateRepository certificates();

    protected abstract EventResultRepository results();

    protected abstract DrawRepository draws();

    protected abstract FestivalContractFixtures fixtures();

    private final SerialGenerator serials = SerialGenerator.secure();

    /** An event of three entries, drawn and published: A graded and 1st, B graded and 2nd, C 3rd without a grade. */
    private EventResult published(JudgingContractWorld world) {
        Draw draw = world.draw(5L);
        draws().replace(draw);
        EventResult result = EventResult.scoring(world.event().id(), world.year()).tabulate(AT)
                .publish(() -> 1, AT.plusSeconds(60), AccountId.of(1));
        results().save(result);
        List<Appearance> places = draw.appearances();
        List<String> grades = List.of("A", "B", "");
        results().replaceEntries(result, IntStream.range(0, 3).mapToObj(i -> {
            Grade grade = grades.get(i).isEmpty() ? Grade.NONE : Grade.of(grades.get(i), 3 - i);
            return new EntryResult(places.get(i).codeLetter(), places.get(i).performer(),
                    BigDecimal.valueOf(80 - 20 * i).setScale(2), grade, i + 1, 0, grade.points());
        }).toList());
        return result;
    }

    @Test
    void recipients_are_the_members_of_the_published_entries_in_order_of_appearance() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Certified recitation", 3);
        published(world);

        List<Recipient> recipients = certificates().recipients(world.event().id());

        assertThat(recipients).extracting(Recipient::rank).containsExactly(1, 2, 3);
        assertThat(recipients).extracting(Recipient::grade)
                .containsExactly(Optional.of("A"), Optional.of("B"), Optional.empty());
        assertThat(recipients).extracting(Recipient::performer)
                .containsExactlyElementsOf(world.draw(5L).appearances().stream().map(Appearance::performer).toList());
        assertThat(recipients).extracting(Recipient::member).doesNotHaveDuplicates();
    }

    @Test
    void issued_certificates_read_back_as_valid_until_voided_and_replaced() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Certified mime", 3);
        EventResult result = published(world);
        assertThat(certificates().valid(world.event().id())).isEmpty();
        IssuedFrom first = new IssuedFrom(world.event().id(), world.year(), 0, AT.plusSeconds(60), AccountId.of(1));
        CertificateReissue.Outcome issued = CertificateReissue.issue(first, List.of(),
                certificates().recipients(world.event().id()), serials);

        certificates().voidAll(issued.voided());
        certificates().issue(issued.issued());

        assertThat(certificates().valid(world.event().id())).containsExactlyElementsOf(issued.issued());
        IssuedFrom again = new IssuedFrom(world.event().id(), world.year(), result.revision() + 1,
                AT.plusSeconds(3600), AccountId.of(1));
        CertificateReissue.Outcome reissued = CertificateReissue.issue(again,
                certificates().valid(world.event().id()), certificates().recipients(world.event().id()), serials);
        certificates().voidAll(reissued.voided());
        certificates().issue(reissued.issued());

        List<Certificate> valid = certificates().valid(world.event().id());
        assertThat(valid).containsExactlyElementsOf(reissued.issued());
        assertThat(valid).allSatisfy(c -> assertThat(c.issuedFrom().revision()).isEqualTo(1));
        assertThat(reissued.voided()).hasSize(3).allSatisfy(v -> assertThat(v.replacement()).isPresent());
    }

    @Test
    void empty_batches_change_nothing() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Certified nothing", 1);

        certificates().voidAll(List.of());
        certificates().issue(List.of());

        assertThat(certificates().recipients(world.event().id())).isEmpty();
        assertThat(certificates().valid(world.event().id())).isEmpty();
    }
}
