package org.kalamela.domain.festival.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a publication does to an event's certificates: every recipient who earns one gets a new certificate
 * with a fresh serial, and every certificate still valid from an earlier publication of the event is voided
 * (a republication after an accepted appeal may change any grade or rank of the event), pointing to the new
 * certificate of the same member's part in the same entry when there is one. At a first publication nothing
 * is valid yet, so nothing is voided. Voiding all, not only the changed ones, keeps the rule simple to check:
 * a valid certificate always states the latest published result.
 */
public final class CertificateReissue {

    private CertificateReissue() {
    }

    /** The certificates to issue and those to void. */
    public record Outcome(List<Certificate> issued, List<Voiding> voided) {

        public Outcome {
            issued = List.copyOf(issued);
            voided = List.copyOf(voided);
        }
    }

    /**
     * @param valid the event's certificates that are still valid
     * @param recipients every member's part in the event's published entry results
     * @throws IllegalArgumentException when a valid certificate is of another event
     */
    public static Outcome issue(IssuedFrom publication, List<Certificate> valid, List<Recipient> recipients,
                                SerialGenerator serials) {
        for (Certificate old : valid) {
            if (!old.issuedFrom().event().equals(publication.event())) {
                throw new IllegalArgumentException("certificate " + old.serial() + " is of event "
                        + old.issuedFrom().event() + ", not " + publication.event());
            }
        }
        List<Recipient> earning = CertificateEligibility.earning(recipients);
        List<CertificateSerial> drawn = serials.next(earning.size());
        List<Certificate> issued = new ArrayList<>(earning.size());
        for (int i = 0; i < earning.size(); i++) {
            Recipient recipient = earning.get(i);
            issued.add(new Certificate(drawn.get(i), publication, recipient.performer(), recipient.member(),
                    recipient.grade(), recipient.rank()));
        }
        List<Voiding> voided = valid.stream().map(old -> new Voiding(old.serial(), replacement(old, issued),
                publication.at(), publication.by())).toList();
        return new Outcome(issued, voided);
    }

    private static Optional<CertificateSerial> replacement(Certificate old, List<Certificate> issued) {
        return issued.stream().filter(c -> c.performer().equals(old.performer()) && c.member().equals(old.member()))
                .map(Certificate::serial).findFirst();
    }
}
