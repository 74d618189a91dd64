package org.kalamela.domain.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.member.BloodGroup;

class ChangesTest {

    private record Person(String name, LocalDate born, BloodGroup bloodGroup, String note) {
    }

    private record Other(String name) {
    }

    private static final Person ANNA = new Person("Anna", LocalDate.of(2001, 2, 3), BloodGroup.AB_NEGATIVE, null);

    @Test
    void only_the_changed_components_are_listed_as_old_to_new_in_component_order() {
        Person edited = new Person("Anna", LocalDate.of(2001, 3, 2), BloodGroup.O_POSITIVE, "left");
        assertThat(Changes.between(ANNA, edited)).containsExactly(
                entry("born", "2001-02-03 -> 2001-03-02"),
                entry("bloodGroup", "AB- -> O+"),
                entry("note", "null -> left"));
    }

    @Test
    void an_unchanged_value_has_no_changes() {
        assertThat(Changes.between(ANNA, new Person("Anna", ANNA.born(), ANNA.bloodGroup(), null))).isEmpty();
    }

    @Test
    void values_of_two_record_types_are_not_compared() {
        assertThatThrownBy(() -> Changes.<Record>between(ANNA, new Other("Anna")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_creation_lists_the_named_components_in_the_order_named() {
        assertThat(Changes.of(ANNA, "bloodGroup", "name", "born")).containsExactly(
                entry("bloodGroup", "AB-"), entry("name", "Anna"), entry("born", "2001-02-03"));
    }

    @Test
    void a_component_the_record_does_not_have_is_refused() {
        assertThatThrownBy(() -> Changes.of(ANNA, "age"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("age");
    }
}
