package org.kalamela.domain.registry.officials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.UnitId;

class OfficeHolderTest {

    @Test
    void errors_name_the_office_and_are_reported_together() {
        assertThatThrownBy(() -> OfficeHolder.of(Office.VICE_PRESIDENT, " ", "12345"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("vicePresident.name", "vicePresident.phone"));
    }

    @Test
    void every_office_is_filled_and_kept_in_form_order() {
        Map<Office, OfficeHolder> holders = new EnumMap<>(Office.class);
        for (Office office : Office.values()) {
            holders.put(office, OfficeHolder.of(office, office.title() + " Name", "+91 9800000000"));
        }
        UnitOfficials officials = new UnitOfficials(UnitId.of(1), holders);
        assertThat(officials.holders().keySet()).containsExactly(Office.values());
        assertThat(officials.holder(Office.TREASURER).phone().digits()).isEqualTo("9800000000");

        holders.remove(Office.JOINT_SECRETARY);
        assertThatIllegalArgumentException().isThrownBy(() -> new UnitOfficials(UnitId.of(1), holders));
    }
}
