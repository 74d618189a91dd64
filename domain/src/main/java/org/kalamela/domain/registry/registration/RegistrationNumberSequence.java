package org.kalamela.domain.registry.registration;

/** Outbound port: counts unit registrations per year, for {@link RegistrationNumber}. */
public interface RegistrationNumberSequence {

    /**
     * The next number of the year, starting at 1, allocated atomically so that two concurrent registrations
     * never get the same one. A number taken by a transaction that rolls back may be skipped.
     */
    long next(int year);
}
