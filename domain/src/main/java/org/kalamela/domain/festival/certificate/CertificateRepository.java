package org.kalamela.domain.festival.certificate;

import java.util.List;
import org.kalamela.domain.festival.event.EventId;

/**
 * Outbound port: an event's certificates. Each call is one statement whatever the number of entries, so a
 * publication issues its certificates in a fixed number of round trips.
 */
public interface CertificateRepository {

    /** Every member's part in the event's published entry results (each member of a team separately). */
    List<Recipient> recipients(EventId event);

    /** The event's certificates that are not voided. */
    List<Certificate> valid(EventId event);

    /** Voids these certificates, each pointing to its replacement (issued in the same transaction). */
    void voidAll(List<Voiding> voidings);

    /** Stores these newly issued certificates. */
    void issue(List<Certificate> certificates);
}
