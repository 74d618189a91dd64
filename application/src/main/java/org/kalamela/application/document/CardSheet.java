package org.kalamela.application.document;

import java.util.Objects;
import java.util.function.Function;
import org.kalamela.application.export.RowSource;

/**
 * Cards printed several to an A4 page ({@code columns} across, {@code rows} down), in the order the rows
 * arrive: chest-number cards, say.
 */
public record CardSheet<T>(String title, int columns, int rows, RowSource<T> cards,
                           Function<? super T, PrintedCard> card) {

    public CardSheet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(card, "card");
        if (columns < 1 || columns > 4 || rows < 1 || rows > 8) {
            throw new IllegalArgumentException("a page holds 1 to 4 cards across and 1 to 8 down, not "
                    + columns + " x " + rows);
        }
    }

    public int perPage() {
        return columns * rows;
    }
}
