package org.kalamela.adapters.persistence.conference.conference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceDetails;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.conference.ConferenceRepository;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * Conferences in {@code conferences}; the partial unique index {@code conferences_one_active_uq} backs the
 * one-active rule, and the delegates' foreign key keeps a conference with delegates from being deleted.
 */
@ApplicationScoped
public class PostgresConferenceRepository implements ConferenceRepository {

    private final ConferencePanacheRepository conferences;

    @Inject
    PostgresConferenceRepository(ConferencePanacheRepository conferences) {
        this.conferences = conferences;
    }

    @Override
    public Conference create(ConferenceDetails details, boolean active, Instant createdAt) {
        if (active) {
            requireNoneActive(null);
        }
        ConferenceEntity entity = new ConferenceEntity();
        ConferenceMapper.write(details, active, entity);
        entity.createdAt = createdAt;
        SchemaConstraints.writing(() -> {
            conferences.persist(entity);
            conferences.flush();
        });
        return ConferenceMapper.toDomain(entity);
    }

    @Override
    public Optional<Conference> findById(ConferenceId id) {
        return conferences.findByIdOptional(id.value()).map(ConferenceMapper::toDomain);
    }

    @Override
    public Optional<Conference> findActive() {
        return conferences.find("active = true").firstResultOptional().map(ConferenceMapper::toDomain);
    }

    @Override
    public Page<Conference> list(PageRequest page) {
        long total = conferences.count();
        if (page.startsAfter(total)) {
            return Page.empty(page, total);
        }
        List<Conference> items = conferences.getEntityManager()
                .createQuery("FROM ConferenceEntity ORDER BY createdAt DESC, id DESC", ConferenceEntity.class)
                .setFirstResult((int) page.offset()).setMaxResults(page.size())
                .getResultStream().map(ConferenceMapper::toDomain).toList();
        return Page.of(items, page, total);
    }

    @Override
    public void update(Conference conference) {
        if (conference.active()) {
            requireNoneActive(conference.id());
        }
        ConferenceEntity entity = conferences.findByIdOptional(conference.id().value()).orElseThrow();
        ConferenceMapper.write(conference.details(), conference.active(), entity);
        SchemaConstraints.flush(conferences.getEntityManager());
    }

    /** The unique index's refusal, told before writing so that the transaction stays usable. */
    private void requireNoneActive(ConferenceId self) {
        findActive().filter(active -> !active.id().equals(self)).ifPresent(active -> {
            throw new RuleViolation(ErrorCode.CONFERENCE_ALREADY_ACTIVE, "The conference '" + active.title()
                    + "' is active");
        });
    }

    @Override
    public void delete(ConferenceId id) {
        SchemaConstraints.deleting(() -> {
            conferences.deleteById(id.value());
            conferences.flush();
        }, () -> new RuleViolation(ErrorCode.CONFERENCE_HAS_DELEGATES,
                "The conference has delegates; deactivate it instead"));
    }
}
