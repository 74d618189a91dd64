/**
 * An event's result for the admin: the view with performers, judges' totals, marks, grades, ranks and points,
 * publishing (the next result number) and republishing after an appeal. Depends on {@code query},
 * {@code edition}, {@code event} and {@code judging}.
 */
package org.kalamela.application.festival.result;
