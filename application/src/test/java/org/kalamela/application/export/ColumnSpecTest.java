package org.kalamela.application.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.domain.shared.value.Money;

class ColumnSpecTest {

    private record Entry(String name, int chestNumber, Money fee, LocalDate registeredOn, Boolean paid) {
    }

    private static final Entry ENTRY =
            new Entry("Anju", 101, Money.of("50.00"), LocalDate.of(2025, 11, 1), true);

    @Test
    void typed_factories_give_the_column_type_and_read_the_row() {
        assertThat(ColumnSpec.<Entry>text("Name", Entry::name).type()).isEqualTo(ColumnType.TEXT);
        assertThat(ColumnSpec.<Entry>number("Chest number", Entry::chestNumber).valueOf(ENTRY)).isEqualTo(101);
        assertThat(ColumnSpec.<Entry>money("Fee", Entry::fee).valueOf(ENTRY)).isEqualTo(Money.of(50));
        assertThat(ColumnSpec.<Entry>date("Registered on", Entry::registeredOn).type()).isEqualTo(ColumnType.DATE);
        assertThat(ColumnSpec.<Entry>flag("Paid", Entry::paid).valueOf(ENTRY)).isEqualTo(true);
    }

    @Test
    void a_missing_value_is_an_empty_cell() {
        ColumnSpec<Entry> paid = ColumnSpec.flag("Paid", Entry::paid);
        assertThat(paid.valueOf(new Entry("Anju", 1, Money.ZERO, null, null))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void rejects_a_blank_header(String header) {
        assertThatIllegalArgumentException().isThrownBy(() -> ColumnSpec.<Entry>text(header, Entry::name));
    }

    @Test
    void rejects_a_missing_header_reader_or_type() {
        assertThatIllegalArgumentException().isThrownBy(() -> ColumnSpec.<Entry>text(null, Entry::name));
        assertThatNullPointerException().isThrownBy(() -> ColumnSpec.<Entry>text("Name", null));
        assertThatNullPointerException().isThrownBy(() -> new ColumnSpec<Entry>("Name", Entry::name, null));
    }

    @Test
    void a_value_that_does_not_fit_the_type_names_the_column() {
        ColumnSpec<Entry> wrong = new ColumnSpec<>("Registered on", Entry::name, ColumnType.DATE);
        assertThatIllegalStateException().isThrownBy(() -> wrong.valueOf(ENTRY))
                .withMessageContaining("Registered on").withMessageContaining("DATE")
                .withMessageContaining("String");
    }

    @Test
    void a_double_is_refused_by_a_number_column() {
        ColumnSpec<Entry> score = ColumnSpec.number("Score", e -> 8.5d);
        assertThatIllegalStateException().isThrownBy(() -> score.valueOf(ENTRY));
        assertThat(ColumnSpec.<Entry>number("Score", e -> new BigDecimal("8.5")).valueOf(ENTRY))
                .isEqualTo(new BigDecimal("8.5"));
    }
}
