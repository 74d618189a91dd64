package org.kalamela.domain.festival.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.MemberId;

class CertificateEligibilityTest {

    private static final Optional<String> NONE = Optional.empty();

    @Test
    void a_graded_entry_earns_one_whatever_its_place() {
        assertThat(CertificateEligibility.earns(Optional.of("A"), 1)).isTrue();
        assertThat(CertificateEligibility.earns(Optional.of("B"), 4)).isTrue();
        assertThat(CertificateEligibility.earns(Optional.of("C"), 250)).isTrue();
    }

    @Test
    void an_ungraded_entry_earns_one_only_in_the_first_three_places() {
        assertThat(CertificateEligibility.earns(NONE, 1)).isTrue();
        assertThat(CertificateEligibility.earns(NONE, 2)).isTrue();
        assertThat(CertificateEligibility.earns(NONE, 3)).isTrue();
        assertThat(CertificateEligibility.earns(NONE, 4)).isFalse();
        assertThat(CertificateEligibility.earns(NONE, 60)).isFalse();
    }

    @Property
    void placed_or_graded_is_the_whole_rule(@ForAll @IntRange(min = 1, max = 500) int rank, @ForAll boolean graded) {
        Optional<String> grade = graded ? Optional.of("B") : NONE;
        assertThat(CertificateEligibility.earns(grade, rank)).isEqualTo(graded || rank <= 3);
    }

    @Test
    void there_is_no_rank_zero() {
        assertThatThrownBy(() -> CertificateEligibility.earns(NONE, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_member_of_a_team_earns_one_and_the_ungraded_unplaced_none() {
        Performer team = Performer.team(TeamId.of(9));
        Recipient singer1 = new Recipient(team, MemberId.of(1), NONE, 2);
        Recipient singer2 = new Recipient(team, MemberId.of(2), NONE, 2);
        Recipient fourthUngraded = new Recipient(Performer.entry(IndividualEntryId.of(5)), MemberId.of(3), NONE, 4);
        Recipient fourthGraded = new Recipient(Performer.entry(IndividualEntryId.of(6)), MemberId.of(4),
                Optional.of("C"), 4);

        assertThat(CertificateEligibility.earning(List.of(singer1, fourthUngraded, singer2, fourthGraded)))
                .containsExactly(singer1, singer2, fourthGraded);
    }
}
