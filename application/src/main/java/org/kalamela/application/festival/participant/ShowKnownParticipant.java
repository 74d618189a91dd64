package org.kalamela.application.festival.participant;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.query.ParticipantRow;

/**
 * The participant a chest number or team code names, if this instance knows it without asking the database
 * (ADR-20): what an I/O thread may answer at once; when empty, {@link FindParticipant} asks on a worker thread
 * (and answers "not found" too, with its problem document).
 */
@UseCase
public class ShowKnownParticipant {

    private final ParticipantCache participants;

    @Inject
    public ShowKnownParticipant(ParticipantCache participants) {
        this.participants = participants;
    }

    /** {@code SUPPORTS}: reads memory only, never a transaction. */
    @Transactional(TxType.SUPPORTS)
    public Optional<ParticipantRow> execute(FindParticipant.Query query) {
        return participants.known(query).flatMap(known -> known);
    }
}
