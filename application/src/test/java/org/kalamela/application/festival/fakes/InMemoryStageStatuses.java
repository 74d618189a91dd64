package org.kalamela.application.festival.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.schedule.StageStatus;
import org.kalamela.domain.festival.schedule.StageStatusRepository;
import org.kalamela.domain.shared.id.AccountId;

/** The events' stage statuses in memory, one per event, as {@code stage_statuses} holds them. */
public final class InMemoryStageStatuses implements StageStatusRepository {

    private final Map<EventId, StageStatus> statuses = new HashMap<>();

    @Override
    public synchronized Optional<StageStatus> find(EventId event) {
        return Optional.ofNullable(statuses.get(event));
    }

    @Override
    public synchronized void save(EventId event, StageStatus status, AccountId setBy, Instant setAt) {
        statuses.put(event, status);
    }

    synchronized StageStatus statusOf(EventId event) {
        return statuses.getOrDefault(event, StageStatus.WAITING);
    }
}
