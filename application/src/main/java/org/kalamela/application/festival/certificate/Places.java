package org.kalamela.application.festival.certificate;

import java.util.Optional;
import org.kalamela.domain.festival.certificate.CertificateEligibility;

/** How a certificate words what was won: the place when placed (with the grade when graded), else the grade. */
final class Places {

    private static final String[] ORDINALS = {"First", "Second", "Third"};

    private Places() {
    }

    static String award(Optional<String> grade, int rank) {
        if (!CertificateEligibility.earns(grade, rank)) {
            throw new IllegalArgumentException("neither graded nor placed: rank " + rank);
        }
        if (rank <= CertificateEligibility.LAST_PLACE) {
            return ORDINALS[rank - 1] + " place" + grade.map(g -> " with grade " + g).orElse("");
        }
        return "Grade " + grade.orElseThrow();
    }
}
