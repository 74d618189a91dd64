package org.kalamela.domain.festival.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.DISTRICT;
import static org.kalamela.domain.festival.FestivalFixtures.NOW;
import static org.kalamela.domain.festival.FestivalFixtures.YEAR;
import static org.kalamela.domain.festival.FestivalFixtures.assertInvalidField;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.exclusion.ExclusionId;
import org.kalamela.domain.festival.exclusion.NewExclusion;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;

/** Entries and exclusions are valid by construction and take the id the store gives them. */
class EntryRecordsTest {

    @Test
    void a_new_entry_becomes_an_entry_under_its_id() {
        NewIndividualEntry entry = new NewIndividualEntry(YEAR, EventId.of(3), MemberId.of(4), DISTRICT,
                Seniority.JUNIOR, AccountId.of(2), NOW);

        IndividualEntry stored = entry.withId(IndividualEntryId.of(9));

        assertThat(stored.id()).isEqualTo(IndividualEntryId.of(9));
        assertThat(stored.seniority()).isEqualTo(Seniority.JUNIOR);
        assertThatThrownBy(() -> new NewIndividualEntry(YEAR, EventId.of(3), MemberId.of(4), DISTRICT, null,
                AccountId.of(2), NOW)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> IndividualEntryId.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_exclusion_has_a_reason_of_at_most_500_characters() {
        NewExclusion exclusion = new NewExclusion(YEAR, MemberId.of(4), "  Misconduct  ", AccountId.of(1), NOW);

        assertThat(exclusion.reason()).isEqualTo("Misconduct");
        assertThat(exclusion.withId(ExclusionId.of(5)).id()).isEqualTo(ExclusionId.of(5));
        assertInvalidField(() -> new NewExclusion(YEAR, MemberId.of(4), " ", AccountId.of(1), NOW), "reason");
        assertInvalidField(() -> new NewExclusion(YEAR, MemberId.of(4), "x".repeat(501), AccountId.of(1), NOW),
                "reason");
        assertThatThrownBy(() -> ExclusionId.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
