package org.kalamela.application.festival.query;

import java.time.Instant;
import java.util.Optional;
import org.kalamela.domain.festival.certificate.CertificateSerial;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * What the public verification of a serial answers: whose certificate it is and what it states, and whether it
 * is still valid; a voided one says when it was voided and which certificate replaced it (none when the member's
 * entry no longer earns one).
 */
public record CertificateVerification(CertificateSerial serial, String memberName, String eventName,
                                      EditionYear edition, Optional<String> grade, int rank, String unitName,
                                      String districtName, Instant issuedAt, Optional<Instant> voidedAt,
                                      Optional<CertificateSerial> replacedBy) {

    public boolean valid() {
        return voidedAt.isEmpty();
    }
}
