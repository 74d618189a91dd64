package org.kalamela.application.festival.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.query.ParticipantReader;
import org.kalamela.application.festival.query.ParticipantRow;
import org.kalamela.application.shared.signal.ChangeSignals;
import org.kalamela.application.shared.signal.ChangeTopic;
import org.kalamela.application.shared.signal.SignalledMap;

/**
 * Find-participant's answers, kept per instance until a change of the participants is heard (ADR-20), but only
 * once the current edition's registration has settled ({@code RegistrationWindow.hasSettled}): while officials
 * register, entries are not announced (V24), so nothing read then may be kept. Answers of "nobody" are kept
 * too: a number nobody holds stays so until something is written.
 */
@ApplicationScoped
public class ParticipantCache {

    private final ParticipantReader participants;
    private final CurrentEdition currentEdition;
    private final Clock clock;
    private final SignalledMap<FindParticipant.Query, Optional<ParticipantRow>> answers;

    @Inject
    public ParticipantCache(ParticipantReader participants, CurrentEdition currentEdition, ChangeSignals signals,
                            Clock clock) {
        this.participants = participants;
        this.currentEdition = currentEdition;
        this.clock = clock;
        this.answers = new SignalledMap<>(signals, ChangeTopic.PARTICIPANTS);
    }

    /** The answer, from memory when registration has settled and nothing was heard since it was read. */
    Optional<ParticipantRow> find(FindParticipant.Query query) {
        boolean settled = currentEdition.find()
                .filter(edition -> edition.registrationWindow().hasSettled(clock.instant()))
                .isPresent();
        return settled ? answers.get(query, this::read) : read(query);
    }

    /** The answer when this instance knows it without asking the database; empty otherwise. */
    Optional<Optional<ParticipantRow>> known(FindParticipant.Query query) {
        boolean settled = currentEdition.known()
                .filter(edition -> edition.registrationWindow().hasSettled(clock.instant()))
                .isPresent();
        return settled ? answers.known(query) : Optional.empty();
    }

    private Optional<ParticipantRow> read(FindParticipant.Query query) {
        return query.chestNumber() != null ? participants.byChestNumber(query.chestNumber())
                : participants.byTeamCode(query.teamCode());
    }
}
