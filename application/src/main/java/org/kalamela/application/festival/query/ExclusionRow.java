package org.kalamela.application.festival.query;

import java.time.Instant;
import org.kalamela.domain.festival.exclusion.ExclusionId;
import org.kalamela.domain.shared.id.MemberId;

/** One line of the admin's list of exclusions: the exclusion and whom it concerns, by name. */
public record ExclusionRow(ExclusionId id, MemberId memberId, String memberName, String unitName,
                           String districtName, String reason, Instant excludedAt) {
}
