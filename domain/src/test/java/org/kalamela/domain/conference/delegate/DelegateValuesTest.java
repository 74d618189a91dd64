package org.kalamela.domain.conference.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

class DelegateValuesTest {

    private static final DelegateNeeds VEG_NO_BED = new DelegateNeeds(FoodPreference.VEG, false);

    @Test
    void food_preference_reads_its_two_values_only() {
        assertThat(FoodPreference.parse(" veg ", "foodPreference")).isEqualTo(FoodPreference.VEG);
        assertThat(FoodPreference.parse("NON_VEG", "foodPreference")).isEqualTo(FoodPreference.NON_VEG);
        for (String wrong : new String[] {"vegetarian", "", null, "NON-VEG"}) {
            assertThatThrownBy(() -> FoodPreference.parse(wrong, "foodPreference"))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("foodPreference", "must be VEG or NON_VEG")));
        }
    }

    @Test
    void food_and_accommodation_are_both_required() {
        assertThatThrownBy(() -> new DelegateNeeds(null, null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("foodPreference", "accommodation"));
        assertThat(new DelegateNeeds(FoodPreference.NON_VEG, true).needsAccommodation()).isTrue();
    }

    @Test
    void limits_count_each_kind_and_the_places_left_never_go_below_zero() {
        DelegateLimits limits = new DelegateLimits(5, 25);

        assertThat(limits.of(DelegateKind.OFFICIAL)).isEqualTo(5);
        assertThat(limits.of(DelegateKind.MEMBER)).isEqualTo(25);
        assertThat(limits.remaining(DelegateKind.MEMBER, 0)).isEqualTo(25);
        assertThat(limits.remaining(DelegateKind.MEMBER, 25)).isZero();
        assertThat(limits.remaining(DelegateKind.OFFICIAL, 7)).isZero();
        assertThatThrownBy(() -> new DelegateLimits(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DelegateLimits(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_official_and_only_an_official_is_linked_to_the_district_account() {
        ConferenceId conference = ConferenceId.of(1);
        Instant at = Instant.parse("2026-01-10T10:00:00Z");
        NewDelegate official = new NewDelegate(conference, DistrictId.of(3), MemberId.of(7), DelegateKind.OFFICIAL,
                VEG_NO_BED, AccountId.of(9), AccountId.of(1), at);

        assertThat(official.withId(DelegateId.of(4)).isOfficial()).isTrue();
        assertThatThrownBy(() -> new NewDelegate(conference, DistrictId.of(3), MemberId.of(7), DelegateKind.OFFICIAL,
                VEG_NO_BED, null, AccountId.of(1), at)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewDelegate(conference, DistrictId.of(3), MemberId.of(7), DelegateKind.MEMBER,
                VEG_NO_BED, AccountId.of(9), AccountId.of(1), at)).isInstanceOf(IllegalArgumentException.class);
        assertThat(official.withId(DelegateId.of(4)).withNeeds(new DelegateNeeds(FoodPreference.NON_VEG, true))
                .needs().food()).isEqualTo(FoodPreference.NON_VEG);
    }
}
