/**
 * Festival editions and their rules: the year, the registration window, the {@code FestivalRules} value
 * with every number DOMAIN.md marks as an edition rule, and the values those rules are made of (birth-date
 * ranges and seniority, chest-number series and chest numbers, grade thresholds, mark aggregation).
 *
 * <p>The lowest of the festival's packages: it depends on no other. The chest-number series and numbers
 * live here, not in {@code chest}, because the rules hold them while {@code chest} applies the rules; so the
 * festival's packages form no cycle: {@code edition} ← {@code event} ← {@code entry} ← {@code team}, and
 * {@code edition} ← {@code chest}.
 */
package org.kalamela.domain.festival.edition;
