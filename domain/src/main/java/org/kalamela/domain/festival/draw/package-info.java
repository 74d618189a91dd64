/**
 * The order of appearance of an event: a random permutation of its entries (individual entries or teams)
 * drawn from a recorded seed, so the draw can be replayed and shown to be fair, and the code letters (A, B,
 * ... Z, AA, AB, ...) the judges see instead of names. Depends on {@code edition}, {@code event},
 * {@code entry} and {@code team} (the ids of what is drawn).
 */
package org.kalamela.domain.festival.draw;
