package org.kalamela.domain.registry.registration;

/** Where a unit's registration stands; {@link RegistrationWorkflow} says how it moves. */
public enum RegistrationStatus {
    /** The account exists; the unit is filling in its details, officials, councilors and members. */
    REGISTRATION_STARTED,
    /** Sent to the diocese office for review; the unit edits nothing until it is returned. */
    SUBMITTED,
    /** Accepted by the admin; the unit keeps its members current. */
    APPROVED,
    /** Sent back by the admin with a reason, to be fixed and submitted again. */
    RETURNED
}
