package org.kalamela.application.festival.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawPolicy;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.schedule.ScheduleDay;
import org.kalamela.domain.festival.schedule.ScheduleRepository;
import org.kalamela.domain.festival.schedule.ScheduledEvent;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageRepository;
import org.kalamela.domain.identity.account.Account;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.id.AccountId;

/**
 * What the papers of an event share: the event of the current edition with its drawn order (a paper of an
 * event not drawn has no code letters to print: {@code NOT_DRAWN}), the heading lines (edition, event, and the
 * stage and planned start once scheduled) and the judges' names.
 */
@ApplicationScoped
public class EventPapers {

    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ScheduleDay.FESTIVAL_ZONE);

    private final EventLookup events;
    private final CurrentEdition editions;
    private final DrawRepository draws;
    private final ScheduleRepository plan;
    private final StageRepository stages;
    private final AccountRepository accounts;

    @Inject
    public EventPapers(EventLookup events, CurrentEdition editions, DrawRepository draws, ScheduleRepository plan,
                       StageRepository stages, AccountRepository accounts) {
        this.events = events;
        this.editions = editions;
        this.draws = draws;
        this.plan = plan;
        this.stages = stages;
        this.accounts = accounts;
    }

    /** An event of the current edition and its draw. */
    public record DrawnEvent(FestivalEvent event, Draw draw) {
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for an event not of the current edition
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code NOT_DRAWN} before the event's draw
     */
    public DrawnEvent drawn(EventId id) {
        FestivalEvent event = events.require(id, editions.require().year());
        return new DrawnEvent(event, DrawPolicy.requireDrawn(draws.find(event.id()), event.name()));
    }

    /** Kalamela and the edition, the event with its category, and where and when it runs once scheduled. */
    public List<String> headings(FestivalEvent event) {
        List<String> lines = new ArrayList<>();
        lines.add("Kalamela " + event.edition() + " · " + event.name() + " (" + event.category().displayName() + ")");
        Optional<ScheduledEvent> scheduled = plan.find(event.id());
        scheduled.ifPresent(s -> lines.add("Stage: " + stages.findById(s.stage()).map(Stage::name).orElse("")
                + " · from " + START.format(s.start())));
        return lines;
    }

    /** An instant as the papers print it, in the festival's time zone: 10 December 2026, 09:00. */
    public String at(Instant instant) {
        return START.format(instant);
    }

    /** The judge's name as their account shows it. */
    public String judgeName(AccountId judge) {
        return accounts.findById(judge).map(Account::displayName).orElse("Judge " + judge);
    }

    /** A mark or maximum as printed: 25, 7.5, 61.25. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
