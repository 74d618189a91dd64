package org.kalamela.domain.festival.result;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.kalamela.domain.festival.draw.DrawSeed;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;

/**
 * When the old app's score cards of an event become its result (issue 17, ADR-14). The old app kept one mark
 * per entry, typed by the admin: here that is the one-judge case of the panel model, the admin entering the
 * marks as tabulator on the sheet of the event's only judge. So an event takes its old marks only while nothing
 * of its judging exists in the edition that the marks would have to be merged with (one results model, not two),
 * and every old mark must be a mark of the new model. The old app had no order of appearance; the imported one
 * is drawn from a seed every run derives from the edition and the event, so anyone can replay it.
 */
public final class LegacyResultPolicy {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LegacyResultPolicy() {
    }

    /** Why an old awarded mark is not a mark out of 100 with at most two decimals, or empty when it is one. */
    public static Optional<String> markRefusal(BigDecimal mark) {
        if (mark == null) {
            return Optional.of("the score card has no mark");
        }
        if (mark.signum() < 0 || mark.compareTo(HUNDRED) > 0) {
            return Optional.of("mark " + mark.toPlainString() + " is not between 0 and 100");
        }
        if (mark.stripTrailingZeros().scale() > 2) {
            return Optional.of("mark " + mark.toPlainString() + " has more than two decimals");
        }
        return Optional.empty();
    }

    /**
     * Why the event's old marks cannot become its result, or empty when they can: the edition's registration has
     * not closed (an order of appearance is drawn only after that, so no entry made later is left out of it; an old
     * festival goes to an edition whose registration window lies in the past), or the event has a result already,
     * marks, a drawn order of appearance of its own, more than one judge or more than one criterion.
     */
    public static Optional<String> eventRefusal(boolean registrationClosed, Optional<EventResult> result,
                                                boolean marksExist, boolean drawn, int judges, int criteria) {
        if (!registrationClosed) {
            return Optional.of("the edition's registration has not closed: an order of appearance is drawn only"
                    + " after that");
        }
        if (result.isPresent()) {
            return Optional.of("the event already has a result (" + result.get().state() + ") in the edition");
        }
        if (marksExist) {
            return Optional.of("the event already has marks in the edition");
        }
        if (drawn) {
            return Optional.of("the event's order of appearance is already drawn in the edition");
        }
        if (judges > 1 || criteria != 1) {
            return Optional.of("the event is marked on " + criteria + " criteria by " + judges
                    + " judges: one old mark per entry stands for no sheet of theirs");
        }
        return Optional.empty();
    }

    /**
     * The seed of an imported event's draw: the SHA-256 of {@code kalamela-legacy-import/<year>/<event id>}, so a
     * run that is rolled back and done again draws the same order, and the order can be replayed from the text.
     */
    public static DrawSeed seedFor(EditionYear edition, EventId event) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("kalamela-legacy-import/" + edition.value()
                    + "/" + event.value()).getBytes(StandardCharsets.UTF_8));
            return new DrawSeed(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
