package org.kalamela.application.festival.entry;

import org.kalamela.domain.festival.edition.Seniority;

/** A district's entries in an individual event under one seniority, and the places it has left. */
public record SeniorityTally(Seniority seniority, int entries, int remaining) {
}
