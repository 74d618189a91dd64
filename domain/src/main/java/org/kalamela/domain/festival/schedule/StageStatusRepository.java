package org.kalamela.domain.festival.schedule;

import java.time.Instant;
import java.util.Optional;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.id.AccountId;

/** Outbound port: each event's status on its stage; an event without a stored status is waiting. */
public interface StageStatusRepository {

    Optional<StageStatus> find(EventId event);

    /** Stores the event's status, replacing the one before, with who set it and when. */
    void save(EventId event, StageStatus status, AccountId setBy, Instant setAt);
}
