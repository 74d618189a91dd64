/**
 * Entering members in events: the festival's view of a member ({@code Candidate}), eligibility and its
 * reasons, the individual entry limits, removal, fees, the locks that make the limits hold under
 * concurrency, and the ports of individual entries. Depends on {@code edition} and {@code event}.
 */
package org.kalamela.domain.festival.entry;
