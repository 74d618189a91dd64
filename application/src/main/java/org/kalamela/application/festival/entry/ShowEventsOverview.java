package org.kalamela.application.festival.entry;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.EventTally;
import org.kalamela.application.festival.query.OfficialEventsOverviewReader;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;

/**
 * A district official's overview of the events: every active event of the current edition grouped by
 * category, with the district's entries and the places left per seniority (individual events) or its teams
 * and the teams left (group events). One read-port call, whatever the number of events and entries.
 */
@UseCase
public class ShowEventsOverview {

    private final CurrentEdition editions;
    private final OfficialEventsOverviewReader reader;
    private final Clock clock;

    @Inject
    public ShowEventsOverview(CurrentEdition editions, OfficialEventsOverviewReader reader, Clock clock) {
        this.editions = editions;
        this.reader = reader;
        this.clock = clock;
    }

    @Transactional
    public EventsOverview execute(Actor actor) {
        actor.require(Role.DISTRICT_OFFICIAL);
        Edition edition = editions.require();
        Map<EventCategory, List<EventOverview>> byCategory = new EnumMap<>(EventCategory.class);
        for (EventTally tally : reader.tallies(edition.year(), actor.districtId())) {
            if (tally.event().active()) {
                byCategory.computeIfAbsent(tally.event().category(), category -> new ArrayList<>())
                        .add(overview(tally, edition.rules()));
            }
        }
        List<CategoryOverview> categories = byCategory.entrySet().stream()
                .map(entry -> new CategoryOverview(entry.getKey(), entry.getValue()))
                .toList();
        return new EventsOverview(edition.year(), edition.registrationWindow().isOpen(clock.instant()), categories);
    }

    private static EventOverview overview(EventTally tally, FestivalRules rules) {
        FestivalEvent event = tally.event();
        if (event.isGroup()) {
            int limit = rules.maxTeamsPerDistrictPerEvent();
            return new EventOverview(event, List.of(),
                    Optional.of(new TeamTally(tally.teams(), Math.max(0, limit - tally.teams()))));
        }
        int limit = rules.maxEntriesPerDistrictPerEvent();
        List<SeniorityTally> seniorities = new ArrayList<>();
        for (Seniority seniority : Seniority.values()) {
            if (event.admits(seniority)) {
                int entries = seniority == Seniority.JUNIOR ? tally.juniorEntries() : tally.seniorEntries();
                seniorities.add(new SeniorityTally(seniority, entries, Math.max(0, limit - entries)));
            }
        }
        return new EventOverview(event, seniorities, Optional.empty());
    }
}
