package org.kalamela.domain.festival.certificate;

import java.util.List;
import java.util.Optional;

/**
 * Who earns a certificate (DOMAIN.md "Certificates"): an entry that is graded (A, B, C: a mark at or above
 * the lowest grade's threshold) or placed (1st, 2nd or 3rd, shared places included); an entry neither graded
 * nor placed earns none. A team's grade and place are each of its members', so every member earns one.
 */
public final class CertificateEligibility {

    /** The last place that is "placed": the three prizes of a Kalamela event. */
    public static final int LAST_PLACE = 3;

    private CertificateEligibility() {
    }

    public static boolean earns(Optional<String> grade, int rank) {
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1: " + rank);
        }
        return grade.isPresent() || rank <= LAST_PLACE;
    }

    /** The recipients who earn a certificate, in the order given. */
    public static List<Recipient> earning(List<Recipient> recipients) {
        return recipients.stream().filter(r -> earns(r.grade(), r.rank())).toList();
    }
}
