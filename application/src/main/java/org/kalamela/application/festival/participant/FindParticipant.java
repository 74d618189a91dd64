package org.kalamela.application.festival.participant;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.kalamela.application.UseCase;
import org.kalamela.application.festival.query.ParticipantRow;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.validation.Validation;

/**
 * Anyone finds a participant of the current edition by chest number or team code (DOMAIN.md): the name(s),
 * unit, district and events; never a phone number or a date of birth, which the read port does not even
 * read. One indexed query, kept per instance once registration has settled ({@link ParticipantCache}): the
 * festival days, when thousands of phones look up chest numbers.
 */
@UseCase
public class FindParticipant {

    private final ParticipantCache participants;

    @Inject
    public FindParticipant(ParticipantCache participants) {
        this.participants = participants;
    }

    /**
     * Exactly one of the two.
     *
     * @throws org.kalamela.domain.shared.error.InvalidInput {@code VALIDATION_FAILED} unless exactly one of
     *         chest number and team code is given
     */
    public record Query(ChestNumber chestNumber, TeamCode teamCode) {

        public Query {
            new Validation()
                    .check(chestNumber != null || teamCode != null, "chestNumber",
                            "give a chest number or a team code")
                    .check(chestNumber == null || teamCode == null, "teamCode",
                            "give a chest number or a team code, not both")
                    .throwIfInvalid();
        }
    }

    /**
     * {@code SUPPORTS}: one read needs no transaction of its own.
     *
     * @throws NotFound {@code NOT_FOUND} when nobody in the current edition holds the number or code, or no
     *         edition is current
     */
    @Transactional(TxType.SUPPORTS)
    public ParticipantRow execute(Query query) {
        return participants.find(query).orElseThrow(() -> query.chestNumber() != null
                ? new NotFound("Chest number", query.chestNumber()) : new NotFound("Team", query.teamCode()));
    }
}
