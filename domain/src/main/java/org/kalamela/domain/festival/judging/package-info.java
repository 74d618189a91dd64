/**
 * Judging an event: its criteria with their maxima ({@code EventCriteria}, adding up to 100), the panel of
 * judges with one sheet each ({@code JudgeSheet}: marks per code letter and criterion, locked once
 * submitted), the checks of a sheet's marks ({@code MarkPolicy}) and of the panel ({@code PanelPolicy}).
 * Judges see code letters only, so this package knows the draw's letters and nothing of who performs.
 * Depends on {@code edition}, {@code event} and {@code draw}.
 */
package org.kalamela.domain.festival.judging;
