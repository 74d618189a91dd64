package org.kalamela.application.festival.championship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.kalamela.application.festival.query.PublishedResultsReader;
import org.kalamela.application.festival.query.ResultsFingerprint;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.NotFound;

/**
 * The per-instance cache of the public result reads (docs/architecture.md, ADR-10 and ADR-20). A board is
 * built from a fixed number of set-based queries and tagged with the fingerprint read before its rows, so it is
 * never older than its tag. It is also tagged with the change signals heard before that fingerprint was read:
 * while they are live and nothing was heard since, no change committed since could have gone unheard, and the
 * board is served without asking the database at all. When something was heard, or the signals are not live
 * (start-up, an outage of the listener), a read asks the database for the fingerprint (one cheap query) as it
 * always did, and rebuilds only if the fingerprint changed. Losing the cache (a restart) only costs one rebuild.
 */
@ApplicationScoped
public class ResultsBoardCache {

    /** A signal count that no live count equals: the tag of what was read while the signals were not live. */
    private static final long UNHEARD = Long.MIN_VALUE;

    private final PublishedResultsReader reader;
    private final ChangeSignals signals;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    @Inject
    public ResultsBoardCache(PublishedResultsReader reader, ChangeSignals signals) {
        this.reader = reader;
        this.signals = signals;
    }

    /** @throws NotFound {@code NO_CURRENT_EDITION} when no edition is current */
    ResultsBoard current() {
        return known().orElseGet(this::checked).orElseThrow(() -> new NotFound(
                ErrorCode.NO_CURRENT_EDITION, "No festival edition is marked current"));
    }

    /**
     * The board (or that no edition is current) when it is known to be current without asking the database;
     * empty when only the database can tell. Reads nothing but memory, so it may run on an I/O thread.
     */
    Optional<Optional<ResultsBoard>> known() {
        OptionalLong heard = heard();
        Snapshot cached = snapshot.get();
        return heard.isPresent() && cached != null && cached.heard() == heard.getAsLong()
                ? Optional.of(cached.board()) : Optional.empty();
    }

    private Optional<ResultsBoard> checked() {
        long heard = heard().orElse(UNHEARD);
        Optional<ResultsFingerprint> fingerprint = reader.fingerprint();
        Snapshot cached = snapshot.get();
        if (cached != null && cached.builtFor(fingerprint)) {
            snapshot.compareAndSet(cached, new Snapshot(cached.board(), heard));
            return cached.board();
        }
        return fingerprint.isEmpty() ? remember(new Snapshot(Optional.empty(), heard))
                : rebuild(fingerprint.get(), heard);
    }

    /** One rebuild at a time: the thousands of requests that follow a publication wait for it, not redo it. */
    private synchronized Optional<ResultsBoard> rebuild(ResultsFingerprint fingerprint, long heard) {
        Snapshot cached = snapshot.get();
        if (cached != null && cached.builtFor(Optional.of(fingerprint))) {
            return cached.board();
        }
        return remember(new Snapshot(Optional.of(ResultsBoard.build(fingerprint,
                reader.publishedEvents(fingerprint.edition()), reader.scoredEntries(fingerprint.edition()))), heard));
    }

    private Optional<ResultsBoard> remember(Snapshot fresh) {
        snapshot.set(fresh);
        return fresh.board();
    }

    /** The board depends on the results, and on the edition (which is current, its Kalaprathibha minimum). */
    private OptionalLong heard() {
        return signals.heard(ChangeTopic.RESULTS, ChangeTopic.EDITIONS);
    }

    /**
     * A board (empty: no edition was current), and the signals heard before the fingerprint it was checked
     * against was read.
     */
    private record Snapshot(Optional<ResultsBoard> board, long heard) {

        boolean builtFor(Optional<ResultsFingerprint> fingerprint) {
            return board.map(ResultsBoard::fingerprint).equals(fingerprint);
        }
    }
}
