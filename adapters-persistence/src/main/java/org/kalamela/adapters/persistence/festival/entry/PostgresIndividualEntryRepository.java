package org.kalamela.adapters.persistence.festival.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.SchemaConstraints;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.festival.entry.IndividualEntryCounts;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.entry.IndividualEntryRepository;
import org.kalamela.domain.festival.entry.NewIndividualEntry;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.error.ErrorCode;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;

/**
 * Individual entries in {@code individual_entries}. The counts are count queries, read by the use cases after
 * taking the scope's advisory lock (the entry path reads its three in one statement); the unique key
 * {@code individual_entries_once} backs "a member enters an event once" (the insert skips a conflicting row,
 * so that a refusal leaves the transaction usable).
 */
@ApplicationScoped
public class PostgresIndividualEntryRepository implements IndividualEntryRepository {

    private final IndividualEntryPanacheRepository entries;

    @Inject
    PostgresIndividualEntryRepository(IndividualEntryPanacheRepository entries) {
        this.entries = entries;
    }

    /**
     * One statement: the unique key {@code individual_entries_once} turns a second entry of the member in the
     * event into no row instead of an error, so the refusal leaves the transaction usable without a check
     * before the insert (the caller has counted under the member's lock already).
     */
    @Override
    public IndividualEntryId create(NewIndividualEntry entry) {
        List<?> inserted = SchemaConstraints.translating(() -> entries.getEntityManager().createNativeQuery("""
                        INSERT INTO individual_entries (edition_year, event_id, member_id, district_id, seniority,
                                                        registered_by, registered_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT ON CONSTRAINT individual_entries_once DO NOTHING
                        RETURNING id""")
                .setParameter(1, entry.edition().value()).setParameter(2, entry.eventId().value())
                .setParameter(3, entry.memberId().value()).setParameter(4, entry.districtId().value())
                .setParameter(5, entry.seniority().name()).setParameter(6, entry.registeredBy().value())
                .setParameter(7, entry.registeredAt())
                .getResultList());
        if (inserted.isEmpty()) {
            throw new RuleViolation(ErrorCode.ALREADY_ENTERED,
                    "Member " + entry.memberId() + " is already entered in event " + entry.eventId());
        }
        return IndividualEntryId.of(((Number) inserted.get(0)).longValue());
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

    /** The three counts in one statement, one round trip instead of three on the entry path. */
    @Override
    public IndividualEntryCounts countsFor(EditionYear edition, DistrictId district, EventId event,
                                           Optional<Seniority> seniority, MemberId member) {
        Object[] row = (Object[]) entries.getEntityManager().createNativeQuery("""
                        SELECT (SELECT count(*) FROM individual_entries
                                WHERE edition_year = ?1 AND event_id = ?2 AND district_id = ?3
                                  AND seniority = CAST(?4 AS varchar)),
                               (SELECT count(*) FROM individual_entries WHERE edition_year = ?1 AND member_id = ?5),
                               EXISTS (SELECT 1 FROM individual_entries WHERE event_id = ?2 AND member_id = ?5)""")
                .setParameter(1, edition.value()).setParameter(2, event.value())
                .setParameter(3, district.value()).setParameter(4, seniority.map(Seniority::name).orElse(null))
                .setParameter(5, member.value())
                .getSingleResult();
        return new IndividualEntryCounts(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                (Boolean) row[2]);
    }

    @Override
    public boolean existsForEvent(EventId event) {
        return entries.count("eventId", event.value()) > 0;
    }
}
