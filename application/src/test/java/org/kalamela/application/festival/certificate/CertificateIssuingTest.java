package org.kalamela.application.festival.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.application.festival.judging.JudgingWorld.mark;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.fakes.InMemoryCertificateRepository.Stored;
import org.kalamela.application.festival.judging.CorrectSheet;
import org.kalamela.application.festival.judging.JudgingWorld;
import org.kalamela.domain.festival.certificate.Certificate;
import org.kalamela.domain.festival.certificate.Voiding;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.shared.audit.AuditEntry;

/** Publishing issues the event's certificates; republishing after an appeal voids them and issues new ones. */
class CertificateIssuingTest {

    private final JudgingWorld world = new JudgingWorld();

    private List<Certificate> valid() {
        return world.fakes.certificates.valid(world.event.id());
    }

    @Test
    void publishing_issues_one_certificate_per_placed_or_graded_entry_with_the_publication() {
        world.everyJudgeSubmits("80", "70", "35");

        world.publishResult.execute(world.event.id(), world.admin);

        assertThat(valid()).hasSize(3).extracting(Certificate::rank).containsExactly(1, 2, 3);
        assertThat(valid()).extracting(Certificate::serial).doesNotHaveDuplicates();
        assertThat(valid()).allSatisfy(c -> {
            assertThat(c.issuedFrom().revision()).isZero();
            assertThat(c.issuedFrom().at()).isEqualTo(world.festival.clock.instant());
            assertThat(c.issuedFrom().by()).isEqualTo(world.admin.accountId());
        });
        assertThat(valid().get(0).grade()).isPresent();
        assertThat(valid().get(2).grade()).as("35 of 100 earns no grade, but the third place").isEmpty();
        AuditEntry issued = world.fakes.audit.entries().stream()
                .filter(e -> e.action().equals("CERTIFICATES_ISSUED")).findFirst().orElseThrow();
        assertThat(issued.details()).containsEntry("issued", "3").containsEntry("revision", "0");
        assertThat(world.fakes.audit.actions()).doesNotContain("CERTIFICATES_VOIDED");
    }

    @Test
    void a_republication_voids_the_old_certificates_each_pointing_to_its_replacement() {
        world.everyJudgeSubmits("80", "70", "35");
        world.publishResult.execute(world.event.id(), world.admin);
        List<Certificate> first = valid();
        EventResult published = world.fakes.results.find(world.event.id()).orElseThrow();
        world.fakes.results.save(published.openAppeal());
        world.correctSheet.execute(new CorrectSheet.Command(world.event.id(), world.judges.get(0).accountId(),
                List.of(mark("C", "95")), "Appeal accepted"), world.admin);
        world.festival.clock.advance(java.time.Duration.ofMinutes(40));

        world.republishResult.execute(world.event.id(), world.admin);

        List<Certificate> second = valid();
        assertThat(second).hasSize(3).allSatisfy(c -> assertThat(c.issuedFrom().revision()).isEqualTo(1));
        assertThat(second).extracting(Certificate::serial)
                .doesNotContainAnyElementsOf(first.stream().map(Certificate::serial).toList());
        List<Stored> all = world.fakes.certificates.all();
        assertThat(all).hasSize(6);
        for (Certificate old : first) {
            Voiding voiding = all.stream().filter(s -> s.certificate().equals(old)).findFirst().orElseThrow()
                    .voiding().orElseThrow();
            assertThat(voiding.at()).isEqualTo(world.festival.clock.instant());
            Certificate replacement = second.stream().filter(c -> Optional.of(c.serial()).equals(voiding.replacement()))
                    .findFirst().orElseThrow();
            assertThat(replacement.member()).isEqualTo(old.member());
            assertThat(replacement.performer()).isEqualTo(old.performer());
        }
        assertThat(world.fakes.audit.entries().stream().filter(e -> e.action().equals("CERTIFICATES_VOIDED"))
                .findFirst().orElseThrow().details()).containsEntry("voided", "3").containsEntry("replaced", "3")
                .containsEntry("revision", "1");
    }

    @Test
    void a_refused_publication_issues_nothing() {
        assertThatThrownBy(() -> world.publishResult.execute(world.event.id(), world.admin))
                .hasMessageContaining("cannot publish");
        assertThat(world.fakes.certificates.all()).isEmpty();
    }

    @Test
    void certificates_come_from_published_results_only() {
        world.everyJudgeSubmits("80", "70", "35");
        EventResult tabulated = world.fakes.results.find(world.event.id()).orElseThrow();

        assertThatThrownBy(() -> world.certificateIssuer.issueFor(tabulated, world.admin))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(world.fakes.certificates.all()).isEmpty();
    }
}
