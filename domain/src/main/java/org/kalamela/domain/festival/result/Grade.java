package org.kalamela.domain.festival.result;

import java.util.Optional;

/** The grade a mark earns (none below the lowest threshold) and the points the grade is worth. */
public record Grade(Optional<String> letter, int points) {

    public static final Grade NONE = new Grade(Optional.empty(), 0);

    public Grade {
        letter = letter == null ? Optional.empty() : letter;
        if (points < 0 || letter.isEmpty() && points != 0) {
            throw new IllegalArgumentException("no grade is worth nothing, a grade 0 or more: " + letter + " " + points);
        }
    }

    public static Grade of(String letter, int points) {
        return new Grade(Optional.of(letter), points);
    }
}
