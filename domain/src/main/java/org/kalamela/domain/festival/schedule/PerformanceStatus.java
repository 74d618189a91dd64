package org.kalamela.domain.festival.schedule;

/** Where an event is on the day: not started, on stage (one code letter performing), or over. */
public enum PerformanceStatus {
    WAITING,
    PERFORMING,
    COMPLETED
}
