package org.kalamela.domain.registry.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegacyRegistrationStatusTest {

    @Test
    void theOldSpellingsMapOntoTheWorkflow() {
        assertThat(LegacyRegistrationStatus.map("Registration Started"))
                .contains(RegistrationStatus.REGISTRATION_STARTED);
        assertThat(LegacyRegistrationStatus.map("registration_completed")).contains(RegistrationStatus.SUBMITTED);
        assertThat(LegacyRegistrationStatus.map(" Approved ")).contains(RegistrationStatus.APPROVED);
        assertThat(LegacyRegistrationStatus.map("Rejected")).contains(RegistrationStatus.RETURNED);
    }

    @Test
    void anythingElseIsNotGuessed() {
        assertThat(LegacyRegistrationStatus.map("Archived")).isEmpty();
        assertThat(LegacyRegistrationStatus.map(null)).isEmpty();
    }
}
