package org.kalamela.domain.festival.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;

class CertificateReissueTest {

    private static final EventId EVENT = EventId.of(7);
    private static final AccountId ADMIN = AccountId.of(1);
    private static final Instant FIRST = Instant.parse("2026-01-10T10:00:00Z");
    private static final Instant AGAIN = Instant.parse("2026-01-10T11:00:00Z");
    private static final IssuedFrom PUBLISHED = new IssuedFrom(EVENT, EditionYear.of(2026), 0, FIRST, ADMIN);
    private static final IssuedFrom REPUBLISHED = new IssuedFrom(EVENT, EditionYear.of(2026), 1, AGAIN, ADMIN);

    private final Performer anil = Performer.entry(IndividualEntryId.of(11));
    private final Performer biju = Performer.entry(IndividualEntryId.of(12));
    private final Performer dany = Performer.entry(IndividualEntryId.of(14));
    private final Performer team = Performer.team(TeamId.of(20));
    private final SerialGenerator serials = SerialGenerator.secure();

    private static Recipient recipient(Performer performer, long member, String grade, int rank) {
        return new Recipient(performer, MemberId.of(member), Optional.ofNullable(grade), rank);
    }

    @Test
    void a_first_publication_issues_one_per_earning_member_and_voids_nothing() {
        CertificateReissue.Outcome outcome = CertificateReissue.issue(PUBLISHED, List.of(), List.of(
                recipient(anil, 1, "A", 1), recipient(team, 5, null, 2), recipient(team, 6, null, 2),
                recipient(dany, 4, null, 4)), serials);

        assertThat(outcome.voided()).isEmpty();
        assertThat(outcome.issued()).extracting(c -> c.member().value()).containsExactly(1L, 5L, 6L);
        assertThat(outcome.issued()).extracting(Certificate::serial).doesNotHaveDuplicates();
        assertThat(outcome.issued()).allSatisfy(c -> assertThat(c.issuedFrom()).isEqualTo(PUBLISHED));
        assertThat(outcome.issued().get(0).grade()).contains("A");
        assertThat(outcome.issued().get(1).rank()).isEqualTo(2);
    }

    @Test
    void a_republication_voids_every_valid_one_and_points_each_to_the_same_members_replacement() {
        List<Certificate> valid = CertificateReissue.issue(PUBLISHED, List.of(), List.of(
                recipient(anil, 1, "A", 1), recipient(biju, 2, "B", 2), recipient(team, 5, null, 3)), serials).issued();

        // The appeal's revision: Biju drops to 4th without a grade, Dany enters the places, the team moves up.
        CertificateReissue.Outcome outcome = CertificateReissue.issue(REPUBLISHED, valid, List.of(
                recipient(anil, 1, "A", 1), recipient(biju, 2, null, 4), recipient(dany, 4, "C", 3),
                recipient(team, 5, "B", 2)), serials);

        assertThat(outcome.issued()).extracting(c -> c.member().value()).containsExactly(1L, 4L, 5L);
        assertThat(outcome.issued()).extracting(Certificate::serial).doesNotContainAnyElementsOf(
                valid.stream().map(Certificate::serial).toList());
        assertThat(outcome.voided()).extracting(Voiding::voided)
                .containsExactlyElementsOf(valid.stream().map(Certificate::serial).toList());
        assertThat(outcome.voided()).allSatisfy(v -> {
            assertThat(v.at()).isEqualTo(AGAIN);
            assertThat(v.by()).isEqualTo(ADMIN);
        });
        assertThat(outcome.voided().get(0).replacement()).contains(outcome.issued().get(0).serial());
        assertThat(outcome.voided().get(1).replacement()).isEmpty();
        assertThat(outcome.voided().get(2).replacement()).contains(outcome.issued().get(2).serial());
        assertThat(outcome.issued().get(2).grade()).contains("B");
        assertThat(outcome.issued().get(2).issuedFrom().revision()).isEqualTo(1);
    }

    @Test
    void a_replacement_is_the_same_members_part_in_the_same_entry_not_another_entry_of_the_member() {
        Performer otherEntryOfAnil = Performer.entry(IndividualEntryId.of(99));
        List<Certificate> valid = CertificateReissue.issue(PUBLISHED, List.of(),
                List.of(recipient(anil, 1, "A", 1)), serials).issued();

        CertificateReissue.Outcome outcome = CertificateReissue.issue(REPUBLISHED, valid,
                List.of(recipient(otherEntryOfAnil, 1, "A", 1)), serials);

        assertThat(outcome.voided()).singleElement().satisfies(v -> assertThat(v.replacement()).isEmpty());
    }

    @Test
    void certificates_of_another_event_are_refused() {
        IssuedFrom elsewhere = new IssuedFrom(EventId.of(8), EditionYear.of(2026), 0, FIRST, ADMIN);
        List<Certificate> other = CertificateReissue.issue(elsewhere, List.of(),
                List.of(recipient(anil, 1, "A", 1)), serials).issued();

        assertThatThrownBy(() -> CertificateReissue.issue(REPUBLISHED, other, List.of(), serials))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void no_certificate_is_built_for_an_entry_that_earns_none() {
        CertificateSerial serial = serials.next();
        assertThatThrownBy(() -> new Certificate(serial, PUBLISHED, dany, MemberId.of(4), Optional.empty(), 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Voiding(serial, Optional.of(serial), AGAIN, ADMIN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 100)
    void after_any_republication_every_old_one_is_voided_and_only_earners_hold_a_valid_one(
            @ForAll @IntRange(min = 0, max = 40) int entries, @ForAll @IntRange(min = 0, max = 1000) int shift) {
        List<Recipient> before = new java.util.ArrayList<>();
        List<Recipient> after = new java.util.ArrayList<>();
        for (int i = 0; i < entries; i++) {
            Performer performer = Performer.entry(IndividualEntryId.of(100 + i));
            before.add(recipient(performer, 100 + i, i % 3 == 0 ? null : "B", 1 + i));
            after.add(recipient(performer, 100 + i, (i + shift) % 4 == 0 ? null : "A", 1 + (i + shift) % entries));
        }
        List<Certificate> valid = CertificateReissue.issue(PUBLISHED, List.of(), before, serials).issued();

        CertificateReissue.Outcome outcome = CertificateReissue.issue(REPUBLISHED, valid, after, serials);

        assertThat(outcome.voided()).hasSameSizeAs(valid);
        assertThat(outcome.issued()).hasSize(CertificateEligibility.earning(after).size());
        for (Voiding voiding : outcome.voided()) {
            Certificate old = valid.stream().filter(c -> c.serial().equals(voiding.voided())).findFirst().orElseThrow();
            boolean stillEarns = CertificateEligibility.earning(after).stream().anyMatch(old::isFor);
            assertThat(voiding.replacement().isPresent()).isEqualTo(stillEarns);
            voiding.replacement().ifPresent(serial -> assertThat(outcome.issued()).filteredOn(c -> c.serial()
                    .equals(serial)).singleElement().satisfies(c -> assertThat(old.isFor(new Recipient(
                    c.performer(), c.member(), c.grade(), c.rank()))).isTrue()));
        }
    }
}
