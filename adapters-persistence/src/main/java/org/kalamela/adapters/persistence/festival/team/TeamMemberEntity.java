package org.kalamela.adapters.persistence.festival.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A member of a team. The event is repeated from the team so that the unique key
 * {@code team_members_once_per_event (event_id, member_id)} can hold "one team per member and event".
 */
@Entity
@Table(name = "team_members")
@IdClass(TeamMemberEntity.Key.class)
public class TeamMemberEntity {

    @Id
    @Column(name = "team_id", nullable = false)
    public Long teamId;

    @Id
    @Column(name = "member_id", nullable = false)
    public Long memberId;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    /** The primary key {@code (team_id, member_id)}. */
    public static class Key implements Serializable {

        public Long teamId;
        public Long memberId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(teamId, key.teamId)
                    && Objects.equals(memberId, key.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, memberId);
        }
    }
}
