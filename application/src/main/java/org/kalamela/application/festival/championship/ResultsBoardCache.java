package org.kalamela.application.festival.championship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import org.kalamela.application.festival.query.PublishedResultsReader;
import org.kalamela.application.festival.query.ResultsFingerprint;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;

/**
 * The per-instance cache of the public result reads (docs/architecture.md, ADR-10). Every read first asks
 * the database for the current fingerprint (one cheap query) and serves the board built for it; only when
 * the fingerprint changed (a publication, an appeal, a republication, a rule change, another current
 * edition) is the board rebuilt, from a fixed number of set-based queries. Nothing is shared between
 * instances and nothing needs to be told: an instance that has not seen a publication sees the new
 * fingerprint at its next request. Losing the cache (a restart) only costs one rebuild.
 *
 * <p>A board is tagged with the fingerprint read <em>before</em> its rows, so it is never older than its
 * tag: a publication committed between the two reads at worst makes the next request rebuild once more.
 */
@ApplicationScoped
public class ResultsBoardCache {

    private final PublishedResultsReader reader;
    private final AtomicReference<ResultsBoard> board = new AtomicReference<>();

    @Inject
    public ResultsBoardCache(PublishedResultsReader reader) {
        this.reader = reader;
    }

    /** @throws NotFound {@code NO_CURRENT_EDITION} when no edition is current */
    ResultsBoard current() {
        ResultsFingerprint fingerprint = reader.fingerprint().orElseThrow(() -> new NotFound(
                ErrorCode.NO_CURRENT_EDITION, "No festival edition is marked current"));
        ResultsBoard cached = board.get();
        return cached != null && cached.fingerprint().equals(fingerprint) ? cached : rebuild(fingerprint);
    }

    /** One rebuild at a time: the thousands of requests that follow a publication wait for it, not redo it. */
    private synchronized ResultsBoard rebuild(ResultsFingerprint fingerprint) {
        ResultsBoard cached = board.get();
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached;
        }
        ResultsBoard fresh = ResultsBoard.build(fingerprint, reader.publishedEvents(fingerprint.edition()),
                reader.scoredEntries(fingerprint.edition()));
        board.set(fresh);
        return fresh;
    }
}
