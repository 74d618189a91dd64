package org.kalamela.application.festival.fakes;

import java.util.ArrayList;
import java.util.List;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.JudgingLocks;

/** Records which events' judging was locked, in order, so tests can check a use case took the lock. */
public final class RecordingJudgingLocks implements JudgingLocks {

    private final List<EventId> locked = new ArrayList<>();

    @Override
    public synchronized void lockEvent(EventId event) {
        locked.add(event);
    }

    public synchronized List<EventId> locked() {
        return List.copyOf(locked);
    }
}
