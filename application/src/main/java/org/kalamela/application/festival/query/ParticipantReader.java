package org.kalamela.application.festival.query;

import java.util.Optional;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.team.TeamCode;

/**
 * Read port for the public find-participant: one indexed query per lookup, in the current edition (none
 * current: nothing is found).
 */
public interface ParticipantReader {

    /** The member holding that current chest number, with their events. */
    Optional<ParticipantRow> byChestNumber(ChestNumber number);

    /** The team with that code, with its members and its event. */
    Optional<ParticipantRow> byTeamCode(TeamCode code);
}
