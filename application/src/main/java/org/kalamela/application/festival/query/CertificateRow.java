package org.kalamela.application.festival.query;

import java.util.Optional;
import org.kalamela.domain.festival.certificate.CertificateSerial;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * A valid certificate as printed: the member's name as stored (Malayalam or English), the event, the grade
 * and rank it states, the unit and district, and its serial.
 */
public record CertificateRow(CertificateSerial serial, EditionYear edition, String memberName, String eventName,
                             Optional<String> grade, int rank, String unitName, String districtName) {
}
