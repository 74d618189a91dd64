package org.kalamela.adapters.persistence.festival.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.entry.NewIndividualEntry;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Individual entries in {@code individual_entries}. The counts are single count queries, read by the use
 * cases after taking the scope's advisory lock; the unique key {@code individual_entries_once} backs
 * "a member enters an event once" (checked first so that a refusal leaves the transaction usable).
 */
@ApplicationScoped
public class PostgresIndividualEntryRepository implements IndividualEntryRepository {

    private final IndividualEntryPanacheRepository entries;

    @Inject
    PostgresIndividualEntryRepository(IndividualEntryPanacheRepository entries) {
        this.entries = entries;
    }

    @Override
    public IndividualEntryId create(NewIndividualEntry entry) {
        if (exists(entry.eventId(), entry.memberId())) {
            throw new RuleViolation(ErrorCode.ALREADY_ENTERED,
                    "Member " + entry.memberId() + " is already entered in event " + entry.eventId());
        }
        IndividualEntryEntity entity = IndividualEntryMapper.toEntity(entry);
        entries.persist(entity);
        SchemaConstraints.flush(entries.getEntityManager());
        return IndividualEntryId.of(entity.id);
    }

    @Override
    public Optional<IndividualEntry> findById(IndividualEntryId id) {
        return entries.findByIdOptional(id.value()).map(IndividualEntryMapper::toDomain);
    }

    @Override
    public void delete(IndividualEntryId id) {
        entries.deleteById(id.value());
        entries.flush();
    }

    @Override
    public int countForDistrict(EditionYear edition, DistrictId district, EventId event, Seniority seniority) {
        return (int) entries.count("editionYear = ?1 and eventId = ?2 and districtId = ?3 and seniority = ?4",
                edition.value(), event.value(), district.value(), seniority.name());
    }

    @Override
    public int countForMember(EditionYear edition, MemberId member) {
        return (int) entries.count("editionYear = ?1 and memberId = ?2", edition.value(), member.value());
    }

    @Override
    public boolean exists(EventId event, MemberId member) {
        return entries.count("eventId = ?1 and memberId = ?2", event.value(), member.value()) > 0;
    }

    @Override
    public boolean existsForEvent(EventId event) {
        return entries.count("eventId", event.value()) > 0;
    }
}
