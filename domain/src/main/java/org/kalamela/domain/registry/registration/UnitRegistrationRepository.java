package org.kalamela.domain.registry.registration;

import java.util.Optional;
import org.kalamela.domain.shared.id.UnitId;

/** Outbound port: unit registrations, at most one per unit (the database enforces it too). */
public interface UnitRegistrationRepository {

    void add(UnitRegistration registration);

    Optional<UnitRegistration> findByUnit(UnitId unit);

    /**
     * Same as {@link #findByUnit} and locks the registration until the transaction ends, so that a change
     * to the unit's records and a submission or review of the same unit happen one after the other.
     */
    Optional<UnitRegistration> lockByUnit(UnitId unit);

    /** Stores the status, reason and time of change of an existing registration. */
    void update(UnitRegistration registration);
}
