package org.kalamela.application.migration.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.IndividualParticipationRow;
import org.kalamela.application.migration.LegacySource.IndividualScoreCardRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.result.LegacyResultPolicy;

/**
 * The individual events' score cards, an event's cards together: the event's result is computed for the whole
 * event at once, so its cards are one item ({@link LegacyResults}). A card is linked to its entry by the old
 * participation; a card whose participation was not imported, that names another member than the
 * participation's, repeats an entry's card or holds no mark out of 100 is skipped. The events go in the order
 * of their first score card (the old app's order of scoring), so their result numbers are the same in every run.
 * A card that was not part of its event's result when that was imported is skipped again: the result stands.
 */
@ApplicationScoped
public class IndividualScoreCardsImport implements TableImport<List<IndividualScoreCardRow>> {

    private final FestivalEventRepository events;
    private final LegacyResults results;

    @Inject
    public IndividualScoreCardsImport(FestivalEventRepository events, LegacyResults results) {
        this.events = events;
        this.results = results;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.INDIVIDUAL_SCORECARDS;
    }

    @Override
    public List<List<IndividualScoreCardRow>> items(LegacySnapshot snapshot) {
        Map<String, List<IndividualScoreCardRow>> byEvent = new LinkedHashMap<>();
        snapshot.individualScoreCards().stream().sorted(Comparator.comparingLong(IndividualScoreCardRow::id))
                .forEach(card -> byEvent.computeIfAbsent(snapshot.individualParticipation(card.participationId())
                                .map(row -> "event:" + row.eventId())
                                .orElse("card:" + card.id()), key -> new ArrayList<>()).add(card));
        return byEvent.values().stream().sorted(ScoreCardOrder.of(IndividualScoreCardRow::addedOn,
                IndividualScoreCardRow::id)).toList();
    }

    @Override
    public long id(List<IndividualScoreCardRow> item) {
        return item.get(0).id();
    }

    @Override
    public int rows(List<IndividualScoreCardRow> item) {
        return item.size();
    }

    @Override
    public void load(List<IndividualScoreCardRow> cards, ImportBatch batch) {
        if (cards.stream().anyMatch(card -> batch.newId(table(), card.id()).isPresent())) {
            cards.stream().filter(card -> !batch.importedBefore(card.id())).forEach(card -> batch.skipped(card.id(),
                    "not part of the event's result when it was imported"));
            return;
        }
        LegacySnapshot snapshot = batch.snapshot();
        Optional<IndividualParticipationRow> first = snapshot.individualParticipation(cards.get(0).participationId());
        if (first.isEmpty()) {
            cards.forEach(card -> batch.skipped(card.id(), "orphan: participation " + card.participationId()
                    + " does not exist"));
            return;
        }
        Optional<FestivalEvent> event = batch.newId(LegacyTable.INDIVIDUAL_EVENTS, first.get().eventId())
                .flatMap(id -> events.findById(EventId.of(id)));
        if (event.isEmpty()) {
            cards.forEach(card -> batch.skipped(card.id(), "orphan: individual event " + first.get().eventId()
                    + " was not imported"));
            return;
        }
        List<LegacyResults.ScoreCard> scored = new ArrayList<>();
        Set<Long> entries = new HashSet<>();
        for (IndividualScoreCardRow card : cards) {
            IndividualParticipationRow participation = snapshot.individualParticipation(card.participationId())
                    .orElseThrow();
            Optional<Long> entry = batch.newId(LegacyTable.INDIVIDUAL_PARTICIPATIONS, participation.id());
            Optional<String> badMark = LegacyResultPolicy.markRefusal(card.mark());
            if (entry.isEmpty()) {
                batch.skipped(card.id(), "orphan: participation " + participation.id() + " was not imported");
            } else if (card.participantId() != null && !Objects.equals(card.participantId(),
                    participation.memberId())) {
                batch.skipped(card.id(), "participant " + card.participantId() + " is not the member of participation "
                        + participation.id());
            } else if (badMark.isPresent()) {
                batch.skipped(card.id(), badMark.get());
            } else if (!entries.add(entry.get())) {
                batch.skipped(card.id(), "a second score card for participation " + participation.id());
            } else {
                scored.add(new LegacyResults.ScoreCard(card.id(), Performer.entry(IndividualEntryId.of(entry.get())),
                        card.mark(), card.grade(), card.totalPoints(), card.addedOn()));
            }
        }
        long unscored = snapshot.individualParticipations().stream()
                .filter(row -> Objects.equals(row.eventId(), first.get().eventId()))
                .map(row -> batch.newId(LegacyTable.INDIVIDUAL_PARTICIPATIONS, row.id()))
                .filter(entry -> entry.isPresent() && !entries.contains(entry.get()))
                .count();
        if (!scored.isEmpty() && unscored > 0) {
            batch.note(cards.get(0).id(), unscored + " imported entr" + (unscored == 1 ? "y" : "ies")
                    + " of the event had no score card that could be imported: not in its order of appearance or"
                    + " result");
        }
        results.publish(event.get(), scored, batch);
    }
}
