/**
 * The events of an edition: individual or group, category, restrictions, team format, and the short code
 * printed in team codes, with the policies that keep names and short codes unique in an edition and decide
 * what may change once an event has entries. Depends on {@code edition} only.
 */
package org.kalamela.domain.festival.event;
