/**
 * The conference itself: its title, details and fee per delegate, the one active conference, and when a
 * conference may be deleted (never once it has delegates: it is deactivated instead). The lowest package of
 * the conference context; {@code delegate} depends on it.
 */
package org.kalamela.domain.conference.conference;
