package org.kalamela.adapters.persistence.festival.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.schedule.ClashAcknowledgement;
import org.kalamela.domain.festival.schedule.SchedulePublication;
import org.kalamela.domain.festival.schedule.SchedulePublicationRepository;
import org.kalamela.domain.festival.schedule.Slot;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Publications in {@code schedule_publications} with their {@code schedule_acknowledgements}; the slots of an
 * edition's latest publication in {@code published_slots}, the older publications' slots deleted when a new
 * one is stored (only the latest is shown, and old slots would pin stages that are long gone from the plan).
 */
@ApplicationScoped
public class PostgresSchedulePublicationRepository implements SchedulePublicationRepository {

    private final EntityManager em;

    @Inject
    public PostgresSchedulePublicationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(SchedulePublication publication) {
        em.createNativeQuery("""
                        DELETE FROM published_slots WHERE publication_id IN
                            (SELECT id FROM schedule_publications WHERE edition_year = ?1)""")
                .setParameter(1, publication.edition().value()).executeUpdate();
        long id = Columns.number(em.createNativeQuery("""
                        INSERT INTO schedule_publications (edition_year, version, published_by, published_at)
                        VALUES (?1, ?2, ?3, ?4) RETURNING id""")
                .setParameter(1, publication.edition().value())
                .setParameter(2, publication.version())
                .setParameter(3, publication.publishedBy().value())
                .setParameter(4, publication.publishedAt())
                .getSingleResult());
        for (ClashAcknowledgement acknowledgement : publication.acknowledgements()) {
            em.createNativeQuery("""
                            INSERT INTO schedule_acknowledgements (publication_id, clash_key, reason) VALUES (?1, ?2, ?3)
                            ON CONFLICT (publication_id, clash_key) DO UPDATE SET reason = EXCLUDED.reason""")
                    .setParameter(1, id).setParameter(2, acknowledgement.clashKey())
                    .setParameter(3, acknowledgement.reason()).executeUpdate();
        }
        for (Slot slot : publication.slots()) {
            em.createNativeQuery("""
                            INSERT INTO published_slots (publication_id, event_id, stage_id, starts_at, ends_at)
                            VALUES (?1, ?2, ?3, ?4, ?5)""")
                    .setParameter(1, id).setParameter(2, slot.event().value()).setParameter(3, slot.stage().value())
                    .setParameter(4, slot.start()).setParameter(5, slot.end()).executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<SchedulePublication> latest(EditionYear edition) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, version, published_by, published_at FROM schedule_publications
                        WHERE edition_year = ?1 ORDER BY id DESC LIMIT 1""")
                .setParameter(1, edition.value()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        long id = Columns.number(row[0]);
        List<ClashAcknowledgement> acknowledgements = ((List<Object[]>) em.createNativeQuery("""
                        SELECT clash_key, reason FROM schedule_acknowledgements WHERE publication_id = ?1
                        ORDER BY clash_key""")
                .setParameter(1, id).getResultList()).stream()
                .map(ack -> new ClashAcknowledgement(Columns.text(ack[0]), Columns.text(ack[1]))).toList();
        List<Slot> slots = ((List<Object[]>) em.createNativeQuery("""
                        SELECT event_id, stage_id, starts_at, ends_at FROM published_slots WHERE publication_id = ?1
                        ORDER BY starts_at, event_id""")
                .setParameter(1, id).getResultList()).stream()
                .map(slot -> new Slot(EventId.of(Columns.number(slot[0])), StageId.of(Columns.number(slot[1])),
                        Columns.instant(slot[2]), Columns.instant(slot[3]))).toList();
        return Optional.of(new SchedulePublication(edition, Columns.number(row[1]),
                AccountId.of(Columns.number(row[2])), Columns.instant(row[3]), acknowledgements, slots));
    }

    @Override
    public boolean publishesStage(StageId stage) {
        return em.createNativeQuery("SELECT EXISTS (SELECT 1 FROM published_slots WHERE stage_id = ?1)", Boolean.class)
                .setParameter(1, stage.value()).getSingleResult().equals(Boolean.TRUE);
    }
}
