/**
 * Setting up the judging of an event: the admin's panels (seating judges, taking off one without marks, the
 * state of each judge's sheet) and criteria (their names and maxima adding up to 100, until the first mark),
 * and the judge's own list of the events they mark, which shows code letters' counts and never who performs.
 * Depends on {@code query}, {@code edition} and {@code event}.
 */
package org.kalamela.application.festival.judging;
