package org.kalamela.application.festival.query;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.festival.edition.EditionYear;

/**
 * Read port: the published results of an edition, each method one set-based query whatever the number of
 * events and entries. Only results with a result number (published, or under appeal after publication) are
 * ever read here, so nothing unpublished can reach the public.
 */
public interface PublishedResultsReader {

    /** The current edition's fingerprint (one query), empty when no edition is current. */
    Optional<ResultsFingerprint> fingerprint();

    /** The edition's published events, by result number. */
    List<PublishedEventRow> publishedEvents(EditionYear edition);

    /** Every entry with a mark in the edition's published results, by result number, then rank. */
    List<ScoredEntryRow> scoredEntries(EditionYear edition);
}
