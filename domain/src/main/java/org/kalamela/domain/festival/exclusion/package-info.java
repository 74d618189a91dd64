/**
 * Members the admin excludes from an edition (after misconduct, say): the exclusion, its one-per-member-and-
 * edition rule, and its port. An excluded member is not eligible: the {@code eligibility} package's
 * {@code Candidate} carries the flag, read with the member. Depends on {@code edition} and {@code eligibility}.
 */
package org.kalamela.domain.festival.exclusion;
