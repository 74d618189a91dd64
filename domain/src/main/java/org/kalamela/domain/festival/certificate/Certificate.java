package org.kalamela.domain.festival.certificate;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.shared.id.MemberId;

/**
 * A certificate as issued: its serial, the publication it was issued from, the member and the entry (or team)
 * it is for, and the grade and rank it states. It cannot be built for an entry that earns none.
 */
public record Certificate(CertificateSerial serial, IssuedFrom issuedFrom, Performer performer, MemberId member,
                          Optional<String> grade, int rank) {

    public Certificate {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(issuedFrom, "issuedFrom");
        Objects.requireNonNull(performer, "performer");
        Objects.requireNonNull(member, "member");
        grade = grade == null ? Optional.empty() : grade;
        if (!CertificateEligibility.earns(grade, rank)) {
            throw new IllegalArgumentException("no certificate for an entry neither graded nor placed: rank " + rank);
        }
    }

    /** Whether this certificate is for the same member's part in the same entry or team as the recipient. */
    public boolean isFor(Recipient recipient) {
        return performer.equals(recipient.performer()) && member.equals(recipient.member());
    }
}
