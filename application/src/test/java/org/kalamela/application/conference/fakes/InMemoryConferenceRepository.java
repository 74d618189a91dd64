package org.kalamela.application.conference.fakes;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceDetails;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.conference.ConferenceRepository;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** In-memory {@link ConferenceRepository}; refuses a second active conference as the unique index does. */
public final class InMemoryConferenceRepository implements ConferenceRepository {

    private final Map<ConferenceId, Conference> rows = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized Conference create(ConferenceDetails details, boolean active, Instant createdAt) {
        Conference conference = new Conference(ConferenceId.of(++lastId), details, active, createdAt);
        requireOneActive(conference);
        rows.put(conference.id(), conference);
        return conference;
    }

    @Override
    public synchronized Optional<Conference> findById(ConferenceId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<Conference> findActive() {
        return rows.values().stream().filter(Conference::active).findFirst();
    }

    @Override
    public synchronized Page<Conference> list(PageRequest page) {
        List<Conference> all = rows.values().stream()
                .sorted(Comparator.comparing(Conference::createdAt).thenComparing(c -> c.id().value()).reversed())
                .toList();
        return Page.slice(all, page);
    }

    @Override
    public synchronized void update(Conference conference) {
        if (!rows.containsKey(conference.id())) {
            throw new IllegalStateException("no conference " + conference.id());
        }
        requireOneActive(conference);
        rows.put(conference.id(), conference);
    }

    @Override
    public synchronized void delete(ConferenceId id) {
        rows.remove(id);
    }

    private void requireOneActive(Conference conference) {
        if (conference.active() && rows.values().stream()
                .anyMatch(other -> other.active() && !other.id().equals(conference.id()))) {
            throw new RuleViolation(ErrorCode.CONFERENCE_ALREADY_ACTIVE, "Another conference is active");
        }
    }
}
