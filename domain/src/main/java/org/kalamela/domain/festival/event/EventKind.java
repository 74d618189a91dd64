package org.kalamela.domain.festival.event;

/** Whether an event is entered by one member or by a team. */
public enum EventKind {
    INDIVIDUAL,
    GROUP
}
