package org.kalamela.application.shared.signal;

/**
 * What changed, named by what the caches of this application read. The database announces each topic from the
 * writing transaction itself (V23's triggers), so every writer, whatever its path, is heard.
 */
public enum ChangeTopic {

    /** An edition: created, its rules or window changed, another one marked current. */
    EDITIONS,
    /** A festival event: created, renamed, its rules changed, removed. */
    EVENTS,
    /**
     * What the public results read: a result computed, published, put under appeal or republished, its
     * entries' rows, and an event's first entry or team or a removed one (the events that will have a result).
     */
    RESULTS,
    /**
     * What the public find-participant reads: members, units, districts, chest numbers, entries and teams, announced
     * only from shortly before the current edition's registration closes (V24), and an edition or event changed.
     */
    PARTICIPANTS
}
