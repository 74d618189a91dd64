package org.kalamela.application.festival.championship;

import org.kalamela.application.festival.query.ResultsFingerprint;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * Which results a table reflects: "after {@code published} of {@code events} results", the latest result
 * number, and whether it is still provisional (not every event's result is published).
 */
public record ResultsStatus(EditionYear edition, int published, int events, int latestResultNumber,
                            boolean provisional) {

    static ResultsStatus of(ResultsFingerprint fingerprint) {
        return new ResultsStatus(fingerprint.edition(), fingerprint.published(), fingerprint.events(),
                fingerprint.latestResultNumber(), fingerprint.progress().isProvisional());
    }
}
