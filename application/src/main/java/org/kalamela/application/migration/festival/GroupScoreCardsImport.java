package org.kalamela.application.migration.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kalamela.application.migration.ImportBatch;
import org.kalamela.application.migration.LegacySnapshot;
import org.kalamela.application.migration.LegacySource.GroupEventRow;
import org.kalamela.application.migration.LegacySource.GroupParticipationRow;
import org.kalamela.application.migration.LegacySource.GroupScoreCardRow;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.application.migration.TableImport;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.FestivalEventRepository;
import org.kalamela.domain.festival.result.LegacyResultPolicy;
import org.kalamela.domain.festival.team.TeamId;

/**
 * The group events' score cards, an event's cards together ({@link LegacyResults}). The old app linked a group
 * score card to its team only by the event's name and the team's chest number, so a card is matched to the old
 * group events of that name (spaces and case aside) and, among their participation rows, to those with that chest
 * number: the team they were imported as. A chest number is matched within its event only, so a number that
 * collides with another event's team finds nothing there. A card whose event or team cannot be found, that
 * repeats a team's card or holds no mark out of 100 is skipped with the reason; events go in the order of their
 * first score card, as the individual ones.
 */
@ApplicationScoped
public class GroupScoreCardsImport implements TableImport<List<GroupScoreCardRow>> {

    private final FestivalEventRepository events;
    private final LegacyResults results;

    @Inject
    public GroupScoreCardsImport(FestivalEventRepository events, LegacyResults results) {
        this.events = events;
        this.results = results;
    }

    @Override
    public LegacyTable table() {
        return LegacyTable.GROUP_SCORECARDS;
    }

    @Override
    public List<List<GroupScoreCardRow>> items(LegacySnapshot snapshot) {
        Map<String, List<GroupScoreCardRow>> byEvent = new LinkedHashMap<>();
        snapshot.groupScoreCards().stream().sorted(Comparator.comparingLong(GroupScoreCardRow::id))
                .forEach(card -> byEvent.computeIfAbsent(normalized(card.eventName()), key -> new ArrayList<>())
                        .add(card));
        return byEvent.values().stream().sorted(ScoreCardOrder.of(GroupScoreCardRow::addedOn, GroupScoreCardRow::id))
                .toList();
    }

    @Override
    public long id(List<GroupScoreCardRow> item) {
        return item.get(0).id();
    }

    @Override
    public int rows(List<GroupScoreCardRow> item) {
        return item.size();
    }

    @Override
    public void load(List<GroupScoreCardRow> cards, ImportBatch batch) {
        if (cards.stream().anyMatch(card -> batch.newId(table(), card.id()).isPresent())) {
            cards.stream().filter(card -> !batch.importedBefore(card.id())).forEach(card -> batch.skipped(card.id(),
                    "not part of the event's result when it was imported"));
            return;
        }
        LegacySnapshot snapshot = batch.snapshot();
        String name = normalized(cards.get(0).eventName());
        Set<Long> oldEvents = new HashSet<>();
        snapshot.groupEvents().stream().filter(event -> normalized(event.name()).equals(name))
                .map(GroupEventRow::id).forEach(oldEvents::add);
        Optional<FestivalEvent> event = oldEvents.stream().sorted()
                .map(id -> batch.newId(LegacyTable.GROUP_EVENTS, id)).flatMap(Optional::stream).findFirst()
                .flatMap(id -> events.findById(EventId.of(id)));
        if (event.isEmpty()) {
            cards.forEach(card -> batch.skipped(card.id(), "orphan: no imported group event is named '"
                    + display(card.eventName()) + "'"));
            return;
        }
        Map<String, Long> teamsByChestNumber = new HashMap<>();
        for (GroupParticipationRow row : snapshot.groupParticipations()) {
            if (oldEvents.contains(row.eventId()) && !code(row.chestNumber()).isEmpty()) {
                batch.newId(LegacyTable.GROUP_PARTICIPATIONS, row.id())
                        .ifPresent(team -> teamsByChestNumber.putIfAbsent(code(row.chestNumber()), team));
            }
        }
        List<LegacyResults.ScoreCard> scored = new ArrayList<>();
        Set<Long> teams = new HashSet<>();
        for (GroupScoreCardRow card : cards) {
            Optional<Long> team = Optional.ofNullable(teamsByChestNumber.get(code(card.chestNumber())));
            Optional<String> badMark = LegacyResultPolicy.markRefusal(card.mark());
            if (team.isEmpty()) {
                batch.skipped(card.id(), "team not found: no imported team of '" + event.get().name()
                        + "' had chest number '" + display(card.chestNumber()) + "'");
            } else if (badMark.isPresent()) {
                batch.skipped(card.id(), badMark.get());
            } else if (!teams.add(team.get())) {
                batch.skipped(card.id(), "a second score card for the team of chest number '"
                        + display(card.chestNumber()) + "'");
            } else {
                scored.add(new LegacyResults.ScoreCard(card.id(), Performer.team(TeamId.of(team.get())), card.mark(),
                        card.grade(), card.totalPoints(), card.addedOn()));
            }
        }
        long unscored = new HashSet<>(teamsByChestNumber.values()).stream().filter(team -> !teams.contains(team))
                .count();
        if (!scored.isEmpty() && unscored > 0) {
            batch.note(cards.get(0).id(), unscored + " imported team(s) of the event had no score card that could be"
                    + " imported: not in its order of appearance or result");
        }
        results.publish(event.get(), scored, batch);
    }

    private static String normalized(String eventName) {
        return display(eventName).toLowerCase(Locale.ROOT);
    }

    private static String display(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** A team's old chest number as the team import grouped it: trimmed, upper case. */
    private static String code(String chestNumber) {
        return chestNumber == null ? "" : chestNumber.strip().toUpperCase(Locale.ROOT);
    }
}
