/**
 * The festival day's plan: stages, when each event runs on which stage, and the clashes a plan has before it
 * is published (a participant or a judge in two overlapping events, two events overlapping on one stage).
 * Depends on {@code edition} and {@code event} only; who takes part and who judges are handed in as ids.
 */
package org.kalamela.domain.festival.schedule;
