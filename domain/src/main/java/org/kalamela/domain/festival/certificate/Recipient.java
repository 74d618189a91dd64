package org.kalamela.domain.festival.certificate;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.shared.id.MemberId;

/**
 * A member's part in a published entry result: the member of an individual entry, or one member of a team
 * (each member of a team is a recipient of its own), with the entry's grade and rank.
 */
public record Recipient(Performer performer, MemberId member, Optional<String> grade, int rank) {

    public Recipient {
        Objects.requireNonNull(performer, "performer");
        Objects.requireNonNull(member, "member");
        grade = grade == null ? Optional.empty() : grade;
        if (rank < 1) {
            throw new IllegalArgumentException("ranks start at 1: " + rank);
        }
    }
}
