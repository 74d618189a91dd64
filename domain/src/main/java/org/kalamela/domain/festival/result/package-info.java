/**
 * An event's result: the marks made from the judges' totals ({@code MarkAggregator}, by the edition's
 * aggregation), grades ({@code GradeScale}), ranks with shared places ({@code Ranking}), rank points
 * ({@code RankPoints}) and points ({@code EntryPoints}), put together for the whole event by
 * {@code Tabulation}; and the result's state machine ({@code EventResult}: scoring, tabulated, published with
 * a result number, under appeal, republished with a new revision); and when the old app's score cards become an
 * event's result in the legacy import ({@code LegacyResultPolicy}). Depends on {@code edition},
 * {@code event}, {@code draw} and {@code judging}.
 */
package org.kalamela.domain.festival.result;
