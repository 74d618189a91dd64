/**
 * Who may take part in an event: the festival's view of a member ({@code Candidate}, read through the
 * {@code FestivalMemberDirectory} port with the edition's exclusions), what the member already has
 * ({@code MemberEntries}), and {@code Eligibility}, which decides with every reason why not. Individual
 * entries and teams both ask it. Depends on {@code edition} and {@code event}.
 */
package org.kalamela.domain.festival.eligibility;
