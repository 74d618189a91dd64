package org.kalamela.bootstrap.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawSeed;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.judging.CriteriaRepository;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.JudgeSheetRepository;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.AccountId;

/**
 * What the judging flow needs before marks, set through the domain's ports (the admin's endpoints for panels,
 * criteria and the draw are built elsewhere): draws in a given order, panels, criteria, and an accepted
 * appeal's state (the appeals are a later issue). Judges are created through the admin's endpoint
 * ({@link JudgeAccounts}).
 */
@ApplicationScoped
public class JudgingFlowPorts {

    @Inject
    DrawRepository draws;

    @Inject
    JudgeSheetRepository sheets;

    @Inject
    CriteriaRepository criteria;

    @Inject
    EventResultRepository results;

    /** The event's performers drawn in the given order (A first); entries or, with teams true, teams. */
    @Transactional
    public void draw(int year, long event, boolean teams, List<Long> order, AccountId by) {
        List<Appearance> appearances = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Performer performer = teams ? Performer.team(TeamId.of(order.get(i)))
                    : Performer.entry(IndividualEntryId.of(order.get(i)));
            appearances.add(new Appearance(i + 1, CodeLetter.ofPosition(i + 1), performer));
        }
        draws.replace(new Draw(EventId.of(event), EditionYear.of(year), DrawSeed.random(), by, Instant.now(), appearances));
    }

    @Transactional
    public void seat(long event, AccountId judge, AccountId by) {
        sheets.assign(EventId.of(event), judge, by, Instant.now());
    }

    @Transactional
    public void criteria(long event, EventCriteria eventCriteria) {
        criteria.replace(EventId.of(event), eventCriteria);
    }

    /** An appeal against the published result accepted: the result is under appeal. */
    @Transactional
    public void acceptAppeal(long event) {
        results.save(results.find(EventId.of(event)).orElseThrow().openAppeal());
    }
}
