package org.kalamela.domain.festival.draw;

import java.util.Objects;

/** One place of the order of appearance: the place (1 first), its code letter and who appears there. */
public record Appearance(int position, CodeLetter codeLetter, Performer performer) {

    public Appearance {
        Objects.requireNonNull(codeLetter, "codeLetter");
        Objects.requireNonNull(performer, "performer");
        if (!codeLetter.equals(CodeLetter.ofPosition(position))) {
            throw new IllegalArgumentException("place " + position + " has the code letter "
                    + CodeLetter.ofPosition(position) + ", not " + codeLetter);
        }
    }
}
