/**
 * An event's result for the admin: the view with performers, judges' totals, marks, grades, ranks and points,
 * publishing (the next result number) and republishing after an appeal, each issuing the event's certificates.
 * Depends on {@code query}, {@code edition}, {@code event}, {@code judging} and {@code certificate}.
 */
package org.kalamela.application.festival.result;
