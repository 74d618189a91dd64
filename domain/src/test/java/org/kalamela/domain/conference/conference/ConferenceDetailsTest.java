package org.kalamela.domain.conference.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.value.Money;

class ConferenceDetailsTest {

    @Test
    void the_title_is_tidied_and_blank_details_are_none() {
        ConferenceDetails details = new ConferenceDetails("  Youth   Conference ", "  ", Money.of(300));

        assertThat(details.title()).isEqualTo("Youth Conference");
        assertThat(details.details()).isNull();
        assertThat(details.delegateFee()).isEqualTo(Money.of("300.00"));
    }

    @Test
    void the_title_and_the_fee_are_required() {
        assertThatThrownBy(() -> new ConferenceDetails(" ", null, null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("title", "delegateFee"));
    }

    @Test
    void lengths_are_counted_in_characters_up_to_their_limits() {
        String malayalam = "\u0D2F".repeat(ConferenceDetails.MAX_TITLE);
        assertThat(new ConferenceDetails(malayalam, "d".repeat(ConferenceDetails.MAX_DETAILS), Money.ZERO).title())
                .hasSize(200);
        assertThatThrownBy(() -> new ConferenceDetails(malayalam + "x", null, Money.ZERO))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("title", "must be at most 200 characters")));
        assertThatThrownBy(() -> new ConferenceDetails("T", "d".repeat(5001), Money.ZERO))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("details", "must be at most 5000 characters")));
    }

    @Test
    void the_fee_may_be_zero_but_not_negative() {
        assertThat(new ConferenceDetails("T", null, Money.ZERO).delegateFee()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> new ConferenceDetails("T", null, Money.of("-0.01")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("delegateFee", "must be 0 or more")));
    }
}
