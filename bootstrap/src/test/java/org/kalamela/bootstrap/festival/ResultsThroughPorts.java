package org.kalamela.bootstrap.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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
import org.kalamela.domain.festival.result.EntryPoints;
import org.kalamela.domain.festival.result.EntryResult;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultRepository;
import org.kalamela.domain.festival.result.Grade;
import org.kalamela.domain.festival.result.ResultNumberSequence;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.AccountId;

/**
 * Results published through the domain's own ports and moves, as the judging flow does: the event drawn
 * ({@link DrawRepository}), its result tabulated with the entries' marks, grades and ranks, then published under
 * the edition's next result number ({@link EventResultRepository}, {@link ResultNumberSequence}); an accepted
 * appeal puts it under appeal. Nothing is written in SQL, so the page is tested on rows the real adapters wrote.
 */
@ApplicationScoped
public class ResultsThroughPorts {

    @Inject
    DrawRepository draws;

    @Inject
    EventResultRepository results;

    @Inject
    ResultNumberSequence resultNumbers;

    /** A performer's part of a result, in order of appearance (A first). */
    record Scored(Performer performer, int mark, int rank, String grade, int gradePoints, int rankPoints) {

        static Scored entry(long entry, int mark, int rank, String grade, int gradePoints, int rankPoints) {
            return new Scored(Performer.entry(IndividualEntryId.of(entry)), mark, rank, grade, gradePoints,
                    rankPoints);
        }

        static Scored team(long team, int mark, int rank, String grade, int rankPoints) {
            return new Scored(Performer.team(TeamId.of(team)), mark, rank, grade, 0, rankPoints);
        }
    }

    /** Draws the event in the given order, tabulates and publishes it; answers its result number. */
    @Transactional
    public int publish(long eventId, int year, AccountId admin, List<Scored> scored) {
        EventId event = EventId.of(eventId);
        EditionYear edition = EditionYear.of(year);
        Instant now = Instant.now();
        List<Appearance> appearances = new ArrayList<>();
        List<EntryResult> entries = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored one = scored.get(i);
            CodeLetter letter = CodeLetter.ofPosition(i + 1);
            appearances.add(new Appearance(i + 1, letter, one.performer()));
            Grade grade = Grade.of(one.grade(), one.gradePoints());
            entries.add(new EntryResult(letter, one.performer(), BigDecimal.valueOf(one.mark()), grade, one.rank(),
                    one.rankPoints(), EntryPoints.points(one.performer().isTeam(), grade, one.rankPoints())));
        }
        draws.replace(new Draw(event, edition, DrawSeed.random(), admin, now, appearances));
        EventResult tabulated = EventResult.scoring(event, edition).tabulate(now);
        results.save(tabulated);
        results.replaceEntries(tabulated, entries);
        EventResult published = tabulated.publish(() -> resultNumbers.next(edition), now, admin);
        results.save(published);
        return published.publication().orElseThrow().resultNumber();
    }

    /** An appeal against the published result was accepted: the public sees it under appeal. */
    @Transactional
    public void underAppeal(long eventId) {
        results.save(results.find(EventId.of(eventId)).orElseThrow().openAppeal());
    }
}
