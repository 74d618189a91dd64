package org.kalamela.domain.festival.result;

import static org.kalamela.domain.festival.result.EventResultState.PUBLISHED;
import static org.kalamela.domain.festival.result.EventResultState.SCORING;
import static org.kalamela.domain.festival.result.EventResultState.TABULATED;
import static org.kalamela.domain.festival.result.EventResultState.UNDER_APPEAL;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;

/**
 * The state of an event's result and its moves, the only ones there are: SCORING → TABULATED when every
 * judge of the panel has submitted; a tabulated result is computed again after a correction; TABULATED →
 * PUBLISHED by the admin (the next result number of the edition, revision 0, as V8 and the public
 * results count it); PUBLISHED → UNDER_APPEAL when
 * an appeal is accepted, and the revised result is computed again; UNDER_APPEAL → PUBLISHED with the same
 * number and revision + 1. Every other move is refused with {@code ILLEGAL_RESULT_TRANSITION}, and a
 * published result's marks with {@code RESULT_PUBLISHED}.
 */
public record EventResult(EventId event, EditionYear edition, EventResultState state, int revision,
                          Optional<Instant> tabulatedAt, Optional<Publication> publication) {

    public EventResult {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(state, "state");
        tabulatedAt = tabulatedAt == null ? Optional.empty() : tabulatedAt;
        publication = publication == null ? Optional.empty() : publication;
        boolean published = state == PUBLISHED || state == UNDER_APPEAL;
        if ((state == SCORING) != tabulatedAt.isEmpty() || published != publication.isPresent()
                || !published && revision != 0 || revision < 0) {
            throw new IllegalArgumentException("inconsistent result of event " + event + ": " + state
                    + ", revision " + revision + ", tabulated " + tabulatedAt + ", " + publication);
        }
    }

    public static EventResult scoring(EventId event, EditionYear edition) {
        return new EventResult(event, edition, SCORING, 0, Optional.empty(), Optional.empty());
    }

    /** Every judge has submitted: the result is computed for the first time. */
    public EventResult tabulate(Instant at) {
        require(state == SCORING, "tabulate");
        return new EventResult(event, edition, TABULATED, revision, Optional.of(at), publication);
    }

    /** A correction changed marks of a tabulated result, or of one under appeal: it is computed again. */
    public EventResult retabulate(Instant at) {
        require(state == TABULATED || state == UNDER_APPEAL, "compute again");
        return new EventResult(event, edition, state, revision, Optional.of(at), publication);
    }

    /** The admin publishes a tabulated result; the number is drawn only when the move is allowed. */
    public EventResult publish(IntSupplier nextResultNumber, Instant at, AccountId by) {
        require(state == TABULATED, "publish");
        Publication first = new Publication(nextResultNumber.getAsInt(), at, at, by);
        return new EventResult(event, edition, PUBLISHED, 0, tabulatedAt, Optional.of(first));
    }

    /** An appeal against the published result was accepted: its marks may be revised. */
    public EventResult openAppeal() {
        require(state == PUBLISHED, "put under appeal");
        return new EventResult(event, edition, UNDER_APPEAL, revision, tabulatedAt, publication);
    }

    /** The revised result is published again, under its number, as the next revision. */
    public EventResult republish(Instant at, AccountId by) {
        require(state == UNDER_APPEAL, "republish");
        Publication earlier = publication.orElseThrow();
        Publication again = new Publication(earlier.resultNumber(), earlier.firstPublishedAt(), at, by);
        return new EventResult(event, edition, PUBLISHED, revision + 1, tabulatedAt, Optional.of(again));
    }

    /** Refuses changing marks of a published result: that takes an accepted appeal. */
    public void checkMarksMayChange() {
        if (state == PUBLISHED) {
            throw new RuleViolation(ErrorCode.RESULT_PUBLISHED,
                    "The event's result is published: its marks change only through an accepted appeal");
        }
    }

    public boolean isComputed() {
        return state != SCORING;
    }

    private void require(boolean allowed, String move) {
        if (!allowed) {
            throw new RuleViolation(ErrorCode.ILLEGAL_RESULT_TRANSITION,
                    "The result of the event is " + state + ": it cannot " + move);
        }
    }
}
