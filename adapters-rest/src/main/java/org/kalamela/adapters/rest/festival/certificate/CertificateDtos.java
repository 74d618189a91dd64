package org.kalamela.adapters.rest.festival.certificate;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.festival.query.CertificateVerification;
import org.kalamela.domain.festival.certificate.CertificateSerial;

/** The public verification's answer. */
public final class CertificateDtos {

    private CertificateDtos() {
    }

    @Schema(name = "CertificateVerification", description = "A certificate as its serial verifies it")
    public record CertificateVerificationDto(
            @Schema(examples = "7K2Q9XW4M8D3R6T1V5B0N2C4H7J9P3S6") String serial,
            @Schema(enumeration = {"VALID", "VOIDED"}, description = "VOIDED: a republication after an accepted "
                    + "appeal replaced it") String status,
            @Schema(description = "The member's name as stored") String name,
            String event,
            @Schema(examples = "2026") int edition,
            @Schema(description = "The grade it states; absent for a place without a grade") String grade,
            @Schema(description = "The rank it states (1, 2, 3 are the places)") int rank,
            String unit,
            String district,
            Instant issuedAt,
            @Schema(description = "When it was voided; absent while valid") Instant voidedAt,
            @Schema(description = "The serial of the certificate that replaced it; absent while valid, and when the "
                    + "revised result earns the member none") String replacedBy) {

        static CertificateVerificationDto of(CertificateVerification v) {
            return new CertificateVerificationDto(v.serial().value(), v.valid() ? "VALID" : "VOIDED", v.memberName(),
                    v.eventName(), v.edition().value(), v.grade().orElse(null), v.rank(), v.unitName(),
                    v.districtName(), v.issuedAt(), v.voidedAt().orElse(null),
                    v.replacedBy().map(CertificateSerial::value).orElse(null));
        }
    }
}
