package org.kalamela.application.festival.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.schedule.DrawnCodeLetters;
import org.kalamela.domain.festival.schedule.SchedulePublication;
import org.kalamela.domain.festival.schedule.SchedulePublicationRepository;
import org.kalamela.domain.festival.schedule.ScheduleRepository;
import org.kalamela.domain.festival.schedule.ScheduledEvent;
import org.kalamela.domain.festival.schedule.StageId;
import org.kalamela.domain.shared.id.AccountId;

/**
 * The plan, its versions and the publications in memory, as the schedule's tables hold
 * them; also the judging tables the schedule reads (the drawn code letters, the judges' panels with their
 * names), which tests fill with {@link #draw} and {@link #appoint}.
 */
public final class InMemorySchedule implements ScheduleRepository, SchedulePublicationRepository,
        DrawnCodeLetters {

    /** A judge on an event's panel, with the account's display name. */
    public record Judge(EventId event, AccountId judge, String name) {
    }

    private final Map<EventId, ScheduledEvent> plan = new TreeMap<>(Comparator.comparingLong(EventId::value));
    private final Map<EditionYear, Long> versions = new HashMap<>();
    private final Map<EditionYear, List<SchedulePublication>> publications = new HashMap<>();
    private final Map<EventId, Set<String>> drawn = new HashMap<>();
    private final List<Judge> judges = new ArrayList<>();
    private final Map<AccountId, String> accountNames = new LinkedHashMap<>();

    @Override
    public synchronized void save(ScheduledEvent scheduled) {
        plan.put(scheduled.event(), scheduled);
    }

    @Override
    public synchronized void remove(EventId event) {
        plan.remove(event);
    }

    @Override
    public synchronized Optional<ScheduledEvent> find(EventId event) {
        return Optional.ofNullable(plan.get(event));
    }

    @Override
    public synchronized boolean isScheduledOn(StageId stage) {
        return plan.values().stream().anyMatch(scheduled -> scheduled.stage().equals(stage));
    }

    @Override
    public synchronized long version(EditionYear edition) {
        return versions.getOrDefault(edition, 0L);
    }

    @Override
    public synchronized void markChanged(EditionYear edition) {
        versions.merge(edition, 1L, Long::sum);
    }

    @Override
    public synchronized void store(SchedulePublication publication) {
        publications.computeIfAbsent(publication.edition(), edition -> new ArrayList<>()).add(publication);
    }

    @Override
    public synchronized Optional<SchedulePublication> latest(EditionYear edition) {
        List<SchedulePublication> all = publications.getOrDefault(edition, List.of());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public synchronized boolean publishesStage(StageId stage) {
        return publications.keySet().stream().map(this::latest).flatMap(Optional::stream)
                .anyMatch(publication -> publication.slots().stream().anyMatch(slot -> slot.stage().equals(stage)));
    }

    @Override
    public synchronized Set<String> of(EventId event) {
        return drawn.getOrDefault(event, Set.of());
    }

    /** The draw of the event gave these code letters. */
    public synchronized void draw(EventId event, String... codeLetters) {
        drawn.put(event, Set.of(codeLetters));
    }

    /** The judge sits on the event's panel. */
    public synchronized void appoint(EventId event, AccountId judge, String name) {
        judges.add(new Judge(event, judge, name));
        accountNames.put(judge, name);
    }

    /** The account's display name, as the accounts table would give it. */
    public synchronized void nameAccount(AccountId account, String name) {
        accountNames.put(account, name);
    }

    synchronized List<ScheduledEvent> plan() {
        return List.copyOf(plan.values());
    }

    synchronized List<Judge> judges() {
        return List.copyOf(judges);
    }

    synchronized String accountName(AccountId account) {
        return accountNames.getOrDefault(account, "Account " + account);
    }
}
