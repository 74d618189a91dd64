package org.kalamela.domain.festival.chest;

import java.util.Objects;
import java.util.Optional;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.ChestNumberSeries;

/**
 * Decides whether a chest number of the old app is kept when its entry is imported. The old app read the
 * maximum and added one without a lock and mixed the junior and senior series after 100 entries, so its numbers
 * are kept only where they are sound in the new model: a whole number, inside the series of the member's
 * seniority in the edition, and issued to nobody else in the edition. Every other member is left without a
 * number, with the reason, for the assign-chest-numbers job to number.
 */
public final class LegacyChestNumberPolicy {

    /** The number to keep, or why the member is to be renumbered. */
    public record Decision(Optional<ChestNumber> keep, String renumberReason) {

        public Decision {
            Objects.requireNonNull(keep, "keep");
            if (keep.isPresent() == (renumberReason != null)) {
                throw new IllegalArgumentException("a decision keeps a number or gives a reason, not both");
            }
        }

        static Decision kept(ChestNumber number) {
            return new Decision(Optional.of(number), null);
        }

        static Decision renumber(String reason) {
            return new Decision(Optional.empty(), reason);
        }
    }

    /**
     * @param oldNumber the old app's chest number as it stored it (text; may be empty)
     * @param series the series of the member's seniority in the edition
     * @param issuedToAnother whether the number (when it is one) is already issued to another member of the edition
     */
    public Decision decide(String oldNumber, ChestNumberSeries series, boolean issuedToAnother) {
        Objects.requireNonNull(series, "series");
        Optional<ChestNumber> parsed = parse(oldNumber);
        if (parsed.isEmpty()) {
            return Decision.renumber(oldNumber == null || oldNumber.isBlank() ? "no chest number in the old app"
                    : "old chest number '" + oldNumber.strip() + "' is not a number");
        }
        ChestNumber number = parsed.get();
        if (!series.contains(number)) {
            return Decision.renumber("old chest number " + number + " is outside the series " + series);
        }
        if (issuedToAnother) {
            return Decision.renumber("old chest number " + number + " is already another member's");
        }
        return Decision.kept(number);
    }

    /** The old text as a chest number: digits only (surrounding spaces ignored), positive, at most 9 digits. */
    public static Optional<ChestNumber> parse(String oldNumber) {
        String text = oldNumber == null ? "" : oldNumber.strip();
        if (!text.matches("[0-9]{1,9}") || Integer.parseInt(text) == 0) {
            return Optional.empty();
        }
        return Optional.of(ChestNumber.of(Integer.parseInt(text)));
    }
}
