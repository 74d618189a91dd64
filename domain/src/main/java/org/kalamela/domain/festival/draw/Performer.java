package org.kalamela.domain.festival.draw;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.team.TeamId;

/**
 * Who appears on stage under a code letter: an individual entry in an individual event, a team in a group
 * event. Exactly one of the two ids is present.
 */
public record Performer(Optional<IndividualEntryId> entry, Optional<TeamId> team) implements Comparable<Performer> {

    public Performer {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(team, "team");
        if (entry.isPresent() == team.isPresent()) {
            throw new IllegalArgumentException("a performer is an individual entry or a team, not both or neither");
        }
    }

    public static Performer entry(IndividualEntryId entry) {
        return new Performer(Optional.of(entry), Optional.empty());
    }

    public static Performer team(TeamId team) {
        return new Performer(Optional.empty(), Optional.of(team));
    }

    public boolean isTeam() {
        return team.isPresent();
    }

    /** The id of the entry or team, for ordering and for readers that know which kind they hold. */
    public long id() {
        return entry.map(IndividualEntryId::value).orElseGet(() -> team.orElseThrow().value());
    }

    /** Teams after entries, then by id: the stable order a draw shuffles from. */
    @Override
    public int compareTo(Performer other) {
        int kind = Boolean.compare(isTeam(), other.isTeam());
        return kind != 0 ? kind : Long.compare(id(), other.id());
    }
}
