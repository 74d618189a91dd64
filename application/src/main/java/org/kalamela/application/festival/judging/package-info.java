/**
 * Judging an event. Setting it up: the admin's panels (seating judges, taking off one without marks, the
 * state of each judge's sheet) and criteria (their names and maxima adding up to 100, until the first mark),
 * and the judge's own list of the events they mark, which shows code letters' counts and never who performs.
 * Marking: a judge reads, saves and submits their sheet (code letters only); the admin as tabulator enters a
 * judge's paper sheet, corrects a sheet with a reason, and types single marks through the old bulk path; the
 * last sheet of a panel computes the event's result ({@code ResultComputation}). Depends on {@code query},
 * {@code edition} and {@code event}.
 */
package org.kalamela.application.festival.judging;
