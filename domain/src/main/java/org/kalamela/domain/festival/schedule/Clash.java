package org.kalamela.domain.festival.schedule;

import java.util.Locale;
import java.util.Objects;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Two events of a plan that cannot both happen as planned. Each clash has a stable {@link #key()} by which an
 * admin acknowledges it, one clash at a time, before the schedule is published.
 */
public sealed interface Clash {

    ClashKind kind();

    EventPair events();

    /** Who or what is double-booked: a member's, a stage's or a judge's id. */
    long subject();

    /** A name that stays the same while the clash does: kind, subject and the two events. */
    default String key() {
        return kind().name().toLowerCase(Locale.ROOT) + ":" + subject() + ":" + events();
    }

    /** A participant (of an individual entry or a team) is in two overlapping events. */
    record Participant(MemberId member, EventPair events) implements Clash {
        public Participant {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(events, "events");
        }

        @Override
        public ClashKind kind() {
            return ClashKind.PARTICIPANT;
        }

        @Override
        public long subject() {
            return member.value();
        }
    }

    /** Two events overlap on one stage. */
    record Stage(StageId stage, EventPair events) implements Clash {
        public Stage {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(events, "events");
        }

        @Override
        public ClashKind kind() {
            return ClashKind.STAGE;
        }

        @Override
        public long subject() {
            return stage.value();
        }
    }

    /** A judge sits on the panels of two overlapping events. */
    record Judge(AccountId judge, EventPair events) implements Clash {
        public Judge {
            Objects.requireNonNull(judge, "judge");
            Objects.requireNonNull(events, "events");
        }

        @Override
        public ClashKind kind() {
            return ClashKind.JUDGE;
        }

        @Override
        public long subject() {
            return judge.value();
        }
    }
}
