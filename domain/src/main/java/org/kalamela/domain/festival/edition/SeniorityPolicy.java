package org.kalamela.domain.festival.edition;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Derives a member's seniority from the date of birth, never from a request: the old app took it from the
 * request, so sending another value bypassed the per-seniority limit.
 */
public final class SeniorityPolicy {

    private final FestivalRules rules;

    public SeniorityPolicy(FestivalRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The seniority whose range holds the date (both ends inclusive); empty when the member is not eligible. */
    public Optional<Seniority> seniorityOf(LocalDate dateOfBirth) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        for (Seniority seniority : Seniority.values()) {
            if (rules.birthDates(seniority).contains(dateOfBirth)) {
                return Optional.of(seniority);
            }
        }
        return Optional.empty();
    }

    /** As {@link #seniorityOf}, but a date outside both ranges is refused ({@code NOT_ELIGIBLE}). */
    public Seniority requireSeniorityOf(MemberId member, LocalDate dateOfBirth) {
        return seniorityOf(dateOfBirth).orElseThrow(() -> new RuleViolation(ErrorCode.NOT_ELIGIBLE, "The date of birth of "
                + "member " + member + " is outside the junior and senior ranges of the edition"));
    }
}
