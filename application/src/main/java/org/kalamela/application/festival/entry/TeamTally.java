package org.kalamela.application.festival.entry;

/** A district's teams in a group event, and how many more it may register. */
public record TeamTally(int teams, int remaining) {
}
