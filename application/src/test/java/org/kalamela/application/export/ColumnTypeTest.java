package org.kalamela.application.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kalamela.domain.shared.value.Money;

class ColumnTypeTest {

    @ParameterizedTest
    @EnumSource(ColumnType.class)
    void an_empty_cell_fits_every_type(ColumnType type) {
        assertThat(type.accepts(null)).isTrue();
    }

    @Test
    void each_type_accepts_its_own_values_only() {
        assertThat(acceptingTypes("Anju")).containsExactly(ColumnType.TEXT);
        assertThat(acceptingTypes(42)).containsExactly(ColumnType.NUMBER);
        assertThat(acceptingTypes(42L)).containsExactly(ColumnType.NUMBER);
        assertThat(acceptingTypes((short) 4)).containsExactly(ColumnType.NUMBER);
        assertThat(acceptingTypes(BigInteger.TEN)).containsExactly(ColumnType.NUMBER);
        assertThat(acceptingTypes(new BigDecimal("8.75"))).containsExactly(ColumnType.NUMBER);
        assertThat(acceptingTypes(Money.of(50))).containsExactly(ColumnType.MONEY);
        assertThat(acceptingTypes(LocalDate.of(2025, 11, 1))).containsExactly(ColumnType.DATE);
        assertThat(acceptingTypes(Boolean.TRUE)).containsExactly(ColumnType.BOOLEAN);
    }

    @Test
    void inexact_numbers_fit_no_type() {
        assertThat(acceptingTypes(0.1d)).isEmpty();
        assertThat(acceptingTypes(0.1f)).isEmpty();
    }

    private static EnumSet<ColumnType> acceptingTypes(Object value) {
        EnumSet<ColumnType> types = EnumSet.noneOf(ColumnType.class);
        for (ColumnType type : ColumnType.values()) {
            if (type.accepts(value)) {
                types.add(type);
            }
        }
        return types;
    }
}
