package org.kalamela.domain.festival.result;

import java.time.Instant;
import java.util.Objects;
import org.kalamela.domain.shared.id.AccountId;

/**
 * A result's publication: its result number in the edition (1, 2, 3 ... in order of first publication, kept
 * through revisions), when it was first published (the appeal window runs from there), and when and by whom
 * it was last published.
 */
public record Publication(int resultNumber, Instant firstPublishedAt, Instant publishedAt, AccountId publishedBy) {

    public Publication {
        Objects.requireNonNull(firstPublishedAt, "firstPublishedAt");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(publishedBy, "publishedBy");
        if (resultNumber < 1) {
            throw new IllegalArgumentException("result numbers start at 1: " + resultNumber);
        }
    }
}
