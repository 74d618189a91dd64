package org.kalamela.domain.festival.draw;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;

/**
 * An event's drawn order of appearance: the seed it was drawn from, who drew it and when, and the places
 * in order (A first). Every performer appears once. An entry removed after the draw (before any mark) leaves
 * its place empty, so the others keep the code letters printed on the call sheet.
 */
public record Draw(EventId event, EditionYear edition, DrawSeed seed, AccountId drawnBy, Instant drawnAt,
                   List<Appearance> appearances) {

    public Draw {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(drawnBy, "drawnBy");
        Objects.requireNonNull(drawnAt, "drawnAt");
        appearances = List.copyOf(appearances);
        Set<Performer> seen = new HashSet<>();
        int previous = 0;
        for (Appearance appearance : appearances) {
            if (appearance.position() <= previous) {
                throw new IllegalArgumentException("the places of a draw ascend: " + appearance);
            }
            previous = appearance.position();
            if (!seen.add(appearance.performer())) {
                throw new IllegalArgumentException("a performer appears once: " + appearance.performer());
            }
        }
    }

    public Set<CodeLetter> codeLetters() {
        Set<CodeLetter> letters = new HashSet<>();
        appearances.forEach(a -> letters.add(a.codeLetter()));
        return letters;
    }

    public Optional<Appearance> appearanceOf(CodeLetter letter) {
        return appearances.stream().filter(a -> a.codeLetter().equals(letter)).findFirst();
    }
}
