package org.kalamela.domain.festival.draw;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * Draws an event's order of appearance: the performers, put in a stable order (entries by id, then teams by
 * id), are shuffled by {@link FairShuffle} from the recorded seed, so the same seed and the same performers
 * always give the same order, whatever order they were read in, and anyone can replay it. A draw needs performers, and once a
 * mark exists it stands: judges have marked code letters, so drawing again would move marks to others. It happens
 * only after the edition's registration closes (DOMAIN.md): while districts may still enter, remove or change
 * entries, a drawn order would leave performers without a code letter or give one to an entry that is gone.
 */
public final class DrawPolicy {

    private DrawPolicy() {
    }

    /**
     * Refuses drawing while the registration window is open or has not opened yet; its closing instant is
     * exclusive, so at that instant the draw may happen.
     *
     * @throws RuleViolation {@code DRAW_BEFORE_REGISTRATION_CLOSED}
     */
    public static void checkRegistrationClosed(RegistrationWindow window, Instant now) {
        if (!window.hasClosed(now)) {
            throw new RuleViolation(ErrorCode.DRAW_BEFORE_REGISTRATION_CLOSED, "Registration of the edition closes at "
                    + window.closes() + ": the order of appearance is drawn only after that");
        }
    }

    /**
     * Once judges have marked an event of the edition, registration stays closed: a new window that is open at
     * {@code now}, or opens later, would let districts enter performers into an event whose draw the marks have
     * locked, so they could never be given a code letter. Before any mark it may reopen for a late entry: the
     * event is then drawn again after registration closes (its draw shows who has no place yet). A window moved
     * within the past (a corrected closing time) is fine.
     *
     * @throws RuleViolation {@code REOPEN_AFTER_MARKS}
     */
    public static void checkWindowOnceMarked(boolean anEventIsMarked, RegistrationWindow window, Instant now) {
        if (anEventIsMarked && !window.hasClosed(now)) {
            throw new RuleViolation(ErrorCode.REOPEN_AFTER_MARKS, "Judges have marked an event of the edition: "
                    + "registration stays closed (the window must close before " + now + ")");
        }
    }

    /** Refuses drawing (again) when marks exist or nobody is entered. */
    public static void checkMayDraw(boolean marksExist, int performers) {
        if (marksExist) {
            throw new RuleViolation(ErrorCode.DRAW_LOCKED,
                    "Marks exist for this event: its order of appearance can no longer be drawn again");
        }
        if (performers == 0) {
            throw new RuleViolation(ErrorCode.NOTHING_TO_DRAW, "The event has no entries to draw");
        }
    }

    /**
     * The event's draw, which every paper of the event and every mark needs: before it there are no code letters.
     *
     * @throws RuleViolation {@code NOT_DRAWN}
     */
    public static Draw requireDrawn(Optional<Draw> draw, String eventName) {
        return draw.orElseThrow(() -> new RuleViolation(ErrorCode.NOT_DRAWN, "The order of appearance of "
                + eventName + " is not drawn yet: there are no code letters"));
    }

    /** The order the seed gives the performers, with their code letters. */
    public static List<Appearance> order(Collection<Performer> performers, DrawSeed seed) {
        List<Performer> order = FairShuffle.shuffle(performers.stream().sorted().distinct().toList(), seed);
        List<Appearance> appearances = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            appearances.add(new Appearance(i + 1, CodeLetter.ofPosition(i + 1), order.get(i)));
        }
        return appearances;
    }

    public static Draw draw(EventId event, EditionYear edition, Collection<Performer> performers, DrawSeed seed,
                            Actor actor, Instant at) {
        return new Draw(event, edition, seed, actor.accountId(), at, order(performers, seed));
    }
}
