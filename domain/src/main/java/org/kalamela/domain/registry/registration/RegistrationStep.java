package org.kalamela.domain.registry.registration;

/** What moves a registration: the unit submits, the admin approves or returns. */
public enum RegistrationStep {
    SUBMIT,
    APPROVE,
    RETURN
}
