package org.kalamela.application.festival.query;

import java.util.Optional;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamCode;

/** Read port: the entry or team of an event of the current edition that an appeal names. */
public interface AppealTargetReader {

    /** The individual entry, in the event, of the member holding the chest number in the current edition. */
    Optional<AppealTarget> byChestNumber(EventId event, ChestNumber chestNumber);

    /** The team of the event with the code, in the current edition. */
    Optional<AppealTarget> byTeamCode(EventId event, TeamCode teamCode);
}
