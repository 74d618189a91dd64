package org.kalamela.domain.festival.entry;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.eligibility.Candidate;
import org.kalamela.domain.festival.eligibility.Eligibility;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * Whether a member may be entered in an individual event: eligible, not yet entered, under the edition's
 * limit of individual events per member (counted across the whole edition, not per account as the old app
 * did), and the district under its limit of entries per event and seniority.
 */
public final class IndividualEntryLimits {

    private final FestivalRules rules;
    private final Eligibility eligibility;

    public IndividualEntryLimits(Edition edition) {
        this.rules = edition.rules();
        this.eligibility = new Eligibility(edition);
    }

    /**
     * Returns the seniority the entry counts under, or throws: {@code NotFound} for a member of another
     * district, else a {@link RuleViolation} coded {@code REGISTRATION_CLOSED}, {@code EVENT_INACTIVE},
     * {@code MEMBER_EXCLUDED}, {@code NOT_ELIGIBLE}, {@code ALREADY_ENTERED}, {@code MEMBER_EVENT_LIMIT},
     * {@code DISTRICT_EVENT_LIMIT} or {@code EVENT_KIND_MISMATCH}.
     */
    public Seniority check(Candidate member, FestivalEvent event, DistrictId actingDistrict,
                           IndividualEntryCounts counts, Instant now) {
        Objects.requireNonNull(counts, "counts");
        if (event.isGroup()) {
            throw new RuleViolation(ErrorCode.EVENT_KIND_MISMATCH, event.name() + " is a group event; register a team");
        }
        Seniority seniority = eligibility.assess(member, event, actingDistrict, counts.memberEntries(), now)
                .requireEligible(member.memberId(), event);
        int limit = rules.maxEntriesPerDistrictPerEvent();
        if (counts.districtEntries() >= limit) {
            throw new RuleViolation(ErrorCode.DISTRICT_EVENT_LIMIT, "The district already has " + limit + " "
                    + seniority.displayName() + " entries in " + event.name());
        }
        return seniority;
    }
}
