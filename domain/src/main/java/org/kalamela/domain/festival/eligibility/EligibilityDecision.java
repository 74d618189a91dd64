package org.kalamela.domain.festival.eligibility;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Whether a member may be entered in an event: eligible, with the seniority they compete in, or left out
 * for every reason that applies (all of them, so that the listing can explain at once). The seniority is
 * known whenever the date of birth is in range, even for a member left out for another reason.
 */
public record EligibilityDecision(Optional<Seniority> seniority, List<IneligibilityReason> reasons) {

    private static final EnumSet<IneligibilityReason> NOT_ELIGIBLE = EnumSet.of(
            IneligibilityReason.NOT_IN_AGE_RANGE, IneligibilityReason.WRONG_SENIORITY,
            IneligibilityReason.WRONG_GENDER);

    public EligibilityDecision {
        Objects.requireNonNull(seniority, "seniority");
        reasons = inPriorityOrder(reasons);
        if (reasons.isEmpty() && seniority.isEmpty()) {
            throw new IllegalArgumentException("an eligible member has a seniority");
        }
    }

    public static EligibilityDecision eligible(Seniority seniority) {
        return new EligibilityDecision(Optional.of(seniority), List.of());
    }

    public boolean isEligible() {
        return reasons.isEmpty();
    }

    /**
     * The seniority of an eligible member; otherwise the error for the most basic reason: another district
     * is not found (an official learns nothing of other districts), the rest are rule violations.
     */
    public Seniority requireEligible(MemberId member, FestivalEvent event) {
        if (isEligible()) {
            return seniority.orElseThrow();
        }
        IneligibilityReason first = reasons.get(0);
        throw switch (first) {
            case OTHER_DISTRICT -> new NotFound("Member", member);
            case REGISTRATION_CLOSED -> violation(ErrorCode.REGISTRATION_CLOSED, first);
            case EVENT_INACTIVE -> violation(ErrorCode.EVENT_INACTIVE, first);
            case EXCLUDED -> violation(ErrorCode.MEMBER_EXCLUDED, first);
            case NOT_IN_AGE_RANGE, WRONG_SENIORITY, WRONG_GENDER -> new RuleViolation(ErrorCode.NOT_ELIGIBLE,
                    "Member " + member + " is not eligible for " + event.name() + ": " + notEligibleWhy(event));
            case ALREADY_ENTERED -> event.isGroup()
                    ? new RuleViolation(ErrorCode.ALREADY_IN_TEAM,
                            "Member " + member + " is already in a team of " + event.name())
                    : violation(ErrorCode.ALREADY_ENTERED, first);
            case MEMBER_EVENT_LIMIT -> violation(ErrorCode.MEMBER_EVENT_LIMIT, first);
        };
    }

    private String notEligibleWhy(FestivalEvent event) {
        return reasons.stream().filter(NOT_ELIGIBLE::contains).map(reason -> switch (reason) {
            case WRONG_SENIORITY -> "the event is for " + event.seniorityRestriction().orElseThrow().displayName()
                    + " members and the member is " + seniority.orElseThrow().displayName();
            case WRONG_GENDER -> "the event is for gender " + event.genderRestriction().orElseThrow() + " only";
            default -> reason.description();
        }).collect(Collectors.joining("; "));
    }

    private static RuleViolation violation(ErrorCode code, IneligibilityReason reason) {
        String description = reason.description();
        return new RuleViolation(code, Character.toUpperCase(description.charAt(0)) + description.substring(1));
    }

    /** Each reason once, in the order of the enum, which puts the most basic reason first. */
    private static List<IneligibilityReason> inPriorityOrder(List<IneligibilityReason> reasons) {
        EnumSet<IneligibilityReason> set = EnumSet.noneOf(IneligibilityReason.class);
        if (reasons != null) {
            set.addAll(reasons);
        }
        return List.copyOf(set);
    }
}
