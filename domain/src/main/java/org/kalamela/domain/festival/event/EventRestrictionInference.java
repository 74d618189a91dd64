package org.kalamela.domain.festival.event;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.shared.value.Gender;

/**
 * Guesses an event's restrictions from its name, once, when events are imported from the old app, which
 * kept them only in the name. The admin corrects the result; registration reads the explicit fields only.
 * Whole words count ("Boys", "Jr."), not parts of words ("Srishti" is not senior); a name that names both
 * sides ("Boys and Girls") restricts nothing.
 */
public final class EventRestrictionInference {

    private static final Set<String> MALE = Set.of("boys");
    private static final Set<String> FEMALE = Set.of("girls");
    private static final Set<String> JUNIOR = Set.of("junior", "jr");
    private static final Set<String> SENIOR = Set.of("senior", "sr");

    public EventRestrictions infer(String eventName) {
        Set<String> words = Arrays.stream(eventName.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .collect(Collectors.toSet());
        return new EventRestrictions(
                either(words, MALE, Gender.M, FEMALE, Gender.F),
                either(words, JUNIOR, Seniority.JUNIOR, SENIOR, Seniority.SENIOR));
    }

    private static <T> Optional<T> either(Set<String> words, Set<String> first, T firstValue,
                                          Set<String> second, T secondValue) {
        boolean hasFirst = words.stream().anyMatch(first::contains);
        boolean hasSecond = words.stream().anyMatch(second::contains);
        if (hasFirst == hasSecond) {
            return Optional.empty();
        }
        return Optional.of(hasFirst ? firstValue : secondValue);
    }
}
