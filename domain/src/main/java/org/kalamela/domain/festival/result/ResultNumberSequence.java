package org.kalamela.domain.festival.result;

import org.kalamela.domain.festival.edition.EditionYear;

/** Outbound port: the next result number of an edition (1, 2, 3 ...), drawn atomically, never reused. */
public interface ResultNumberSequence {

    int next(EditionYear edition);
}
