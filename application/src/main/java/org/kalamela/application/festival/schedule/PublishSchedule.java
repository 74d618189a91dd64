package org.kalamela.application.festival.schedule;

import static java.util.stream.Collectors.joining;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.PublicationRow;
import org.kalamela.application.festival.query.ScheduleReader;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.schedule.Clash;
import org.kalamela.domain.festival.schedule.ClashAcknowledgement;
import org.kalamela.domain.festival.schedule.ClashReport;
import org.kalamela.domain.festival.schedule.SchedulePublication;
import org.kalamela.domain.festival.schedule.SchedulePublicationPolicy;
import org.kalamela.domain.festival.schedule.SchedulePublicationRepository;
import org.kalamela.domain.festival.schedule.ScheduleRepository;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;
import org.kalamela.domain.shared.validation.Validation;

/**
 * The admin publishes the current edition's schedule: refused while a clash of the whole plan is left
 * unacknowledged ({@link SchedulePublicationPolicy}); stored with who, when, the plan version and the
 * acknowledgements that name a clash of the plan (one naming no clash is stale and dropped), and the slots as
 * they are now, which the public then reads. Audited.
 */
@UseCase
public class PublishSchedule {

    private final ScheduleReader reader;
    private final ScheduleRepository plan;
    private final SchedulePublicationRepository publications;
    private final CurrentEdition editions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public PublishSchedule(ScheduleReader reader, ScheduleRepository plan, SchedulePublicationRepository publications,
                           CurrentEdition editions, AuditLog audit, Clock clock) {
        this.reader = reader;
        this.plan = plan;
        this.publications = publications;
        this.editions = editions;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws org.kalamela.domain.shared.error.RuleViolation {@code SCHEDULE_CLASHES_UNACKNOWLEDGED} */
    @Transactional
    public PublicationRow execute(List<ClashAcknowledgement> acknowledgements, Actor actor) {
        actor.require(Role.ADMIN);
        new Validation().required(acknowledgements, "acknowledgements").throwIfInvalid();
        EditionYear edition = editions.require().year();
        EditionPlan current = EditionPlan.of(reader.facts(edition));
        ClashReport report = current.clashes(Optional.empty());
        SchedulePublicationPolicy.requireEveryClashAcknowledged(report, acknowledgements);
        Set<String> clashKeys = report.clashes().stream().map(Clash::key).collect(Collectors.toSet());
        Map<String, ClashAcknowledgement> kept = new LinkedHashMap<>();
        acknowledgements.stream().filter(ack -> clashKeys.contains(ack.clashKey()))
                .forEach(ack -> kept.put(ack.clashKey(), ack));
        Instant now = clock.instant();
        long version = plan.version(edition);
        publications.store(new SchedulePublication(edition, version, actor.accountId(), now,
                List.copyOf(kept.values()), current.slots(Optional.empty())));
        audit.record(AuditEntry.by(actor, "SCHEDULE_PUBLISHED", "edition", edition, now, Map.of(
                "version", Long.toString(version), "clashes", Integer.toString(report.clashes().size()),
                "acknowledged", kept.values().stream().map(ack -> ack.clashKey() + ": " + ack.reason())
                        .collect(joining("; ")))));
        return reader.latestPublication(edition)
                .orElseThrow(() -> new IllegalStateException("the publication of " + edition + " is not read back"));
    }
}
