package org.kalamela.domain.registry;

/** What moves a registration: the unit submits, the admin approves or returns. */
public enum RegistrationStep {
    SUBMIT,
    APPROVE,
    RETURN
}
