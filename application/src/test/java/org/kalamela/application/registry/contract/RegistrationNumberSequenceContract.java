package org.kalamela.application.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.registration.RegistrationNumberSequence;

/** The contract of {@link RegistrationNumberSequence}, for the fake and the adapter. */
public abstract class RegistrationNumberSequenceContract {

    protected abstract RegistryContractFixture fixture();

    private RegistrationNumberSequence sequence() {
        return fixture().sequence();
    }

    @Test
    public void numbers_count_up_from_one_per_year_and_years_do_not_share_a_counter() {
        long first = sequence().next(2031);
        long otherYear = sequence().next(2032);
        long second = sequence().next(2031);

        assertThat(first).isPositive();
        assertThat(otherYear).isPositive();
        assertThat(second).isEqualTo(first + 1);
    }
}
