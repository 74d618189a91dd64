/**
 * Teams of group events: the team rules (one unit, size range, limits per district and unit, one team per
 * member and event), team codes ({@code GS-1}) and the per-event counter they are numbered from, and the
 * ports and read models of teams. Depends on {@code edition}, {@code event} and {@code entry}.
 */
package org.kalamela.domain.festival.team;
