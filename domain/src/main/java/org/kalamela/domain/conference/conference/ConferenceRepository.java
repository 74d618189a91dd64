package org.kalamela.domain.conference.conference;

import java.time.Instant;
import java.util.Optional;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * Outbound port: the conferences. The store backs the one-active rule with a unique key (a second active
 * conference is refused as {@code CONFERENCE_ALREADY_ACTIVE}), and refuses to delete a conference that
 * delegates refer to.
 */
public interface ConferenceRepository {

    /** Stores a new conference and returns it with its id. */
    Conference create(ConferenceDetails details, boolean active, Instant createdAt);

    Optional<Conference> findById(ConferenceId id);

    /** The active conference, if one is. */
    Optional<Conference> findActive();

    /** Newest first (then by id, descending). */
    Page<Conference> list(PageRequest page);

    /** Stores the details and the active flag of an existing conference. */
    void update(Conference conference);

    /** Removes a conference without delegates. */
    void delete(ConferenceId id);
}
