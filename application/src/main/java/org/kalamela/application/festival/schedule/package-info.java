/**
 * The festival day's plan, for the admin and the public: stages, scheduling events on them, the clash report,
 * publishing the schedule with each remaining clash acknowledged, the stage status on the day, and the
 * published schedule. Depends on {@code query}, {@code edition} and {@code event}.
 */
package org.kalamela.application.festival.schedule;
