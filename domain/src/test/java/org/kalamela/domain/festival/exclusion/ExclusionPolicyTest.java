package org.kalamela.domain.festival.exclusion;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.kalamela.domain.festival.FestivalFixtures.NOW;
import static org.kalamela.domain.festival.FestivalFixtures.YEAR;
import static org.kalamela.domain.shared.error.RuleViolationAssert.assertRefused;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;

class ExclusionPolicyTest {

    private final NewExclusion exclusion = new NewExclusion(YEAR, MemberId.of(9), "Forged birth certificate",
            AccountId.of(1), NOW);

    @Test
    void a_member_not_yet_excluded_is_excluded() {
        assertThatCode(() -> ExclusionPolicy.checkNew(exclusion, false)).doesNotThrowAnyException();
    }

    @Test
    void a_member_is_excluded_from_an_edition_once() {
        assertRefused(() -> ExclusionPolicy.checkNew(exclusion, true), "ALREADY_EXCLUDED",
                "Member 9 is already excluded from edition " + YEAR);
    }
}
