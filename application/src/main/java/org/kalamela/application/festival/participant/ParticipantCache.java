package org.kalamela.application.festival.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.ParticipantReader;
import org.kalamela.application.festival.query.ParticipantRow;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;
import org.kalamela.application.shared.signal.SignalledMap;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.RegistrationWindow;

/**
 * Find-participant's answers, kept per instance until a change of the participants or the editions is heard
 * (ADR-20), but only once the current edition's registration has settled: while officials register, V24's
 * triggers do not announce their writes, so nothing read then may be kept. Settled means two things:
 * <ul>
 *   <li>the window closed {@link RegistrationWindow#SETTLING} ago ({@code RegistrationWindow.hasSettled}), so
 *       every write made while the triggers were silent (before closing minus the same margin) has committed;
 *       </li>
 *   <li>this instance has seen the current edition with this window for {@link #SEEN_FOR}: a window closed at
 *       once (its closing set in the past) or another edition made current finds writes in flight that were
 *       silent, and they commit within their transaction's timeout, well inside that time.</li>
 * </ul>
 * Answers are tagged with the count of both topics taken before the edition is read, so a window moved while
 * an answer is read voids it. Answers of "nobody" are kept too: a number nobody holds stays so until something
 * is written.
 */
@ApplicationScoped
public class ParticipantCache {

    /** Longer than any transaction may run: Quarkus' transaction timeout is 60 s unless configured otherwise. */
    public static final Duration SEEN_FOR = Duration.ofMinutes(2);

    private final ParticipantReader participants;
    private final CurrentEdition currentEdition;
    private final Clock clock;
    private final SignalledMap<FindParticipant.Query, Optional<ParticipantRow>> answers;
    private final AtomicReference<Seen> seen = new AtomicReference<>();

    @Inject
    public ParticipantCache(ParticipantReader participants, CurrentEdition currentEdition, ChangeSignals signals,
                            Clock clock) {
        this.participants = participants;
        this.currentEdition = currentEdition;
        this.clock = clock;
        this.answers = new SignalledMap<>(signals, ChangeTopic.PARTICIPANTS, ChangeTopic.EDITIONS);
    }

    /** The answer, from memory when one was kept and nothing was heard since it was read. */
    Optional<ParticipantRow> find(FindParticipant.Query query) {
        return answers.get(query, this::read, this::settled);
    }

    /**
     * The answer when this instance knows it without asking the database; empty otherwise. A kept answer needs no
     * second look at the window: it was kept when registration had settled, and any change of the window since
     * moved its count.
     */
    Optional<Optional<ParticipantRow>> known(FindParticipant.Query query) {
        return answers.known(query);
    }

    private boolean settled() {
        Optional<Edition> current = currentEdition.find();
        if (current.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        RegistrationWindow window = current.get().registrationWindow();
        boolean seenLongEnough = seenFor(current.get().year(), window, now);
        return seenLongEnough && window.hasSettled(now);
    }

    /**
     * Whether this instance has seen this edition current with this window for {@link #SEEN_FOR} already; noted at
     * every lookup, so a window that closes with time was seen long before it settles.
     */
    private boolean seenFor(EditionYear year, RegistrationWindow window, Instant now) {
        Seen last = seen.get();
        if (last == null || !last.year().equals(year) || !last.window().equals(window)) {
            seen.compareAndSet(last, new Seen(year, window, now));
            return false;
        }
        return !now.isBefore(last.since().plus(SEEN_FOR));
    }

    private Optional<ParticipantRow> read(FindParticipant.Query query) {
        return query.chestNumber() != null ? participants.byChestNumber(query.chestNumber())
                : participants.byTeamCode(query.teamCode());
    }

    private record Seen(EditionYear year, RegistrationWindow window, Instant since) {
    }
}
