/**
 * The delegates of a conference: the officials the admin appoints and the members a district official adds,
 * each with a food preference and whether they need accommodation; the district's limits, which count each
 * kind against its own limit and hold under concurrency (a lock per conference and district); a member is a
 * delegate once per conference, and only of their own district. Depends on {@code conference}.
 */
package org.kalamela.domain.conference.delegate;
