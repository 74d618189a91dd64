package org.kalamela.domain.festival.edition;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kalamela.domain.shared.error.RuleViolationAssert.assertRefused;

import org.junit.jupiter.api.Test;

class EditionYearPolicyTest {

    @Test
    void a_year_without_an_edition_gets_one() {
        assertThatCode(() -> EditionYearPolicy.checkNew(EditionYear.of(2027), false)).doesNotThrowAnyException();
    }

    @Test
    void a_year_has_one_edition() {
        assertRefused(() -> EditionYearPolicy.checkNew(EditionYear.of(2026), true), "EDITION_EXISTS",
                "The edition 2026 exists already");
    }
}
