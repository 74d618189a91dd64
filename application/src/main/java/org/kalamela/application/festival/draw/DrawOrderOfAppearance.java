package org.kalamela.application.festival.draw;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawPolicy;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.draw.DrawSeed;
import org.kalamela.domain.festival.draw.EventPerformers;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.judging.JudgingLocks;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.audit.AuditLog;

/**
 * The admin draws the order of appearance of an event of the current edition: its entries (or teams) shuffled
 * from a fresh secure seed ({@link DrawSeed#random()}, {@link DrawPolicy}), each given its code letter. Drawing
 * again replaces the draw until the first mark; then it is refused ({@code DRAW_LOCKED}), as it is for an event
 * nobody entered ({@code NOTHING_TO_DRAW}), and before the edition's registration has closed
 * ({@code DRAW_BEFORE_REGISTRATION_CLOSED}: the entries are not final yet). The event's judging lock is taken first, so a judge's first mark and
 * a new draw cannot cross. Audited with the seed, which replays the draw.
 */
@UseCase
public class DrawOrderOfAppearance {

    private final DrawRepository draws;
    private final EventPerformers performers;
    private final JudgeSheetRepository sheets;
    private final JudgingLocks locks;
    private final EventLookup events;
    private final CurrentEdition editions;
    private final DrawViews views;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public DrawOrderOfAppearance(DrawRepository draws, EventPerformers performers, JudgeSheetRepository sheets,
                                 JudgingLocks locks, EventLookup events, CurrentEdition editions, DrawViews views,
                                 AuditLog audit, Clock clock) {
        this.draws = draws;
        this.performers = performers;
        this.sheets = sheets;
        this.locks = locks;
        this.events = events;
        this.editions = editions;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws org.kalamela.domain.shared.error.NotFound for an event not of the current edition
     * @throws org.kalamela.domain.shared.error.RuleViolation {@code DRAW_BEFORE_REGISTRATION_CLOSED},
     *         {@code DRAW_LOCKED}, {@code NOTHING_TO_DRAW}
     */
    @Transactional
    public DrawView execute(EventId eventId, Actor actor) {
        actor.require(Role.ADMIN);
        Edition edition = editions.require();
        EditionYear year = edition.year();
        FestivalEvent event = events.require(eventId, year);
        DrawPolicy.checkRegistrationClosed(edition.registrationWindow(), clock.instant());
        locks.lockEvent(event.id());
        List<Performer> entered = performers.of(event.id());
        DrawPolicy.checkMayDraw(sheets.marksExist(event.id()), entered.size());
        boolean again = draws.find(event.id()).isPresent();
        Draw draw = DrawPolicy.draw(event.id(), year, entered, DrawSeed.random(), actor, clock.instant());
        draws.replace(draw);
        audit.record(AuditEntry.by(actor, "ORDER_OF_APPEARANCE_DRAWN", "event", event.id(), draw.drawnAt(), Map.of(
                "event", event.name(), "seed", draw.seed().hex(),
                "performers", Integer.toString(draw.appearances().size()), "again", Boolean.toString(again))));
        return views.of(event);
    }
}
