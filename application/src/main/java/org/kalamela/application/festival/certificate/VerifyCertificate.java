package org.kalamela.application.festival.certificate;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.query.CertificateReader;
import org.kalamela.application.festival.query.CertificateVerification;
import org.kalamela.domain.festival.certificate.CertificateSerial;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;

/**
 * The public verification of a certificate's serial, as its QR code leads to it: whose it is, what it states and
 * whether it is still valid. No sign-in; rate limited per address by the endpoint, so serials cannot be probed
 * in bulk (they could not be guessed anyway: ADR-19). One indexed query.
 */
@UseCase
public class VerifyCertificate {

    private final CertificateReader certificates;

    @Inject
    public VerifyCertificate(CertificateReader certificates) {
        this.certificates = certificates;
    }

    /** @throws NotFound {@code NOT_FOUND} for text that is no serial or a serial no certificate has */
    @Transactional
    public CertificateVerification execute(String serial) {
        return CertificateSerial.parse(serial).flatMap(certificates::verification)
                .orElseThrow(() -> new NotFound(ErrorCode.NOT_FOUND, "No certificate has this serial"));
    }
}
