/**
 * Entering members in events: the individual entry limits, removal, the locks that make the limits
 * hold under concurrency, and the ports of individual entries. Depends on {@code edition}, {@code event} and
 * {@code eligibility}.
 */
package org.kalamela.domain.festival.entry;
