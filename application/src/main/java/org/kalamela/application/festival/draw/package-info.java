/**
 * The order of appearance of an event: the admin's draw (from a fresh secure seed, recorded and audited, so
 * the draw can be replayed and shown to be fair) and the drawn order with who appears under each code letter.
 * Depends on {@code query}, {@code edition} and {@code event}.
 */
package org.kalamela.application.festival.draw;
