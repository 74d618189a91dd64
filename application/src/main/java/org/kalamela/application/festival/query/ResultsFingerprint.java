package org.kalamela.application.festival.query;

import java.util.Objects;
import org.kalamela.domain.festival.championship.ResultProgress;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * What the public result reads depend on, in a few numbers read with one cheap query per request: the current
 * edition, how many of its events will have a result, how many results are published (under appeal among
 * them), the latest result number, the sum of the revisions (a republication after an appeal adds one), and
 * the edition's Kalaprathibha minimum. Any publication, appeal, republication or rule change changes it, so a
 * cache keyed by it is never stale, on any instance.
 *
 * @param events the edition's events that will have a result: those with an entry, a team or a result
 */
public record ResultsFingerprint(EditionYear edition, int events, int published, int underAppeal,
                                 int latestResultNumber, long revisions, int kalaprathibhaMinimumEvents) {

    public ResultsFingerprint {
        Objects.requireNonNull(edition, "edition");
    }

    public ResultProgress progress() {
        return new ResultProgress(published, events);
    }
}
