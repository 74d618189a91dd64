package org.kalamela.domain.festival.event;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.RuleViolation;

/**
 * Gives an event its short code, unique within the edition so that a printed team code never names two
 * teams. The default is the initials (Group Song: {@code GS}); when they are taken the later event takes
 * more letters of its first word (Mime {@code M}, Margamkali {@code MA}, then {@code MAR} ...), and when the
 * first word runs out, a number ({@code M2}, {@code M3} ...).
 */
public final class ShortCodePolicy {

    /** The default code of an event named {@code eventName}, given the codes other events of the edition hold. */
    public ShortCode defaultFor(String eventName, Set<ShortCode> taken) {
        List<String> words = wordsOf(eventName);
        if (words.isEmpty()) {
            throw InvalidInput.field("shortCode",
                    "cannot be derived from a name without Latin letters or digits; give one");
        }
        String first = words.get(0);
        String restInitials = initials(words.subList(1, words.size()));
        for (int letters = 1; letters <= Math.min(first.length(), ShortCode.MAX_LENGTH); letters++) {
            ShortCode candidate = new ShortCode(fit(first.substring(0, letters) + restInitials, ""));
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
        String initials = initials(words);
        for (int number = 2; ; number++) {
            ShortCode candidate = new ShortCode(fit(initials, Integer.toString(number)));
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /** Checks a code the admin typed for an event; {@code takenByOthers} excludes the event's own code. */
    public ShortCode checkEdited(String proposed, Set<ShortCode> takenByOthers) {
        ShortCode code = ShortCode.parse(proposed);
        if (takenByOthers.contains(code)) {
            throw new RuleViolation(ErrorCode.SHORT_CODE_TAKEN,
                    "The short code " + code + " is already used by another event of this edition");
        }
        return code;
    }

    /** Words of Latin letters and digits, upper-cased; apostrophes join ("Children's" is one word). */
    private static List<String> wordsOf(String eventName) {
        String cleaned = eventName == null ? "" : eventName.replaceAll("['\u2019]", "").toUpperCase(Locale.ROOT);
        return Arrays.stream(cleaned.split("[^A-Z0-9]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** Cuts {@code base} so that it and {@code suffix} fit a short code: a long name keeps its first initials. */
    private static String fit(String base, String suffix) {
        return base.substring(0, Math.min(base.length(), ShortCode.MAX_LENGTH - suffix.length())) + suffix;
    }

    private static String initials(List<String> words) {
        return words.stream().map(word -> word.substring(0, 1)).collect(Collectors.joining());
    }
}
