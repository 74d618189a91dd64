package org.kalamela.domain.festival.certificate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.shared.id.AccountId;

/**
 * A certificate voided by a republication: when, by whom, and the serial of the certificate that replaces it
 * when the same member's part in the same entry still earns one (none when it no longer does).
 */
public record Voiding(CertificateSerial voided, Optional<CertificateSerial> replacement, Instant at, AccountId by) {

    public Voiding {
        Objects.requireNonNull(voided, "voided");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        replacement = replacement == null ? Optional.empty() : replacement;
        if (replacement.filter(voided::equals).isPresent()) {
            throw new IllegalArgumentException("a certificate cannot replace itself: " + voided);
        }
    }
}
