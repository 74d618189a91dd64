package org.kalamela.adapters.persistence.festival.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "scheduled_events")
public class ScheduledEventEntity {

    @Id
    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "edition_year", nullable = false)
    public Integer editionYear;

    @Column(name = "stage_id", nullable = false)
    public Long stageId;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "minutes_per_performance")
    public Integer minutesPerPerformance;

    @Column(name = "fixed_minutes")
    public Integer fixedMinutes;
}
