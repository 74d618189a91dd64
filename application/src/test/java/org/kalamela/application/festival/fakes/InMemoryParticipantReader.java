package org.kalamela.application.festival.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kalamela.application.festival.query.ParticipantReader;
import org.kalamela.application.festival.query.ParticipantRow;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.team.TeamCode;

/** Participants of the current edition by chest number and team code. */
public final class InMemoryParticipantReader implements ParticipantReader {

    private final Map<ChestNumber, ParticipantRow> members = new HashMap<>();
    private final Map<TeamCode, ParticipantRow> teams = new HashMap<>();
    private int reads;

    /** How many lookups reached this reader (the database, in production). */
    public int reads() {
        return reads;
    }

    public void resetReads() {
        reads = 0;
    }

    public void add(ParticipantRow row) {
        if (row.chestNumber() != null) {
            members.put(ChestNumber.of(row.chestNumber()), row);
        } else {
            teams.put(TeamCode.parse(row.teamCode()), row);
        }
    }

    @Override
    public Optional<ParticipantRow> byChestNumber(ChestNumber number) {
        reads++;
        return Optional.ofNullable(members.get(number));
    }

    @Override
    public Optional<ParticipantRow> byTeamCode(TeamCode code) {
        reads++;
        return Optional.ofNullable(teams.get(code));
    }
}
