package org.kalamela.application.document;

import java.util.List;
import java.util.Objects;

/** One card: a large headline (a chest number) and the lines under it (name, unit, district). */
public record PrintedCard(String headline, List<String> lines) {

    public PrintedCard {
        Objects.requireNonNull(headline, "headline");
        lines = List.copyOf(lines);
    }
}
