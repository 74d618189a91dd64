/**
 * Chest numbers: one per member and edition, drawn from the series of the member's seniority by an atomic
 * per-series counter, kept for the edition, never issued twice; the admin's corrections and the chest-number
 * list export. Depends on {@code edition} only.
 */
package org.kalamela.domain.festival.chest;
