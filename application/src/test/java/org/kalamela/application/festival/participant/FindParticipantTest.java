package org.kalamela.application.festival.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.Refusals.assertInvalidFields;
import static org.kalamela.application.festival.Refusals.assertNotFound;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.fakes.InMemoryParticipantReader;
import org.kalamela.application.festival.query.ParticipantRow;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.team.TeamCode;

class FindParticipantTest {

    private final InMemoryParticipantReader participants = new InMemoryParticipantReader();
    private final FindParticipant find = new FindParticipant(participants);
    private final ParticipantRow anu = new ParticipantRow(List.of("Anu"), 1001, null, "Bethel", "Kottayam",
            List.of("Elocution", "Group song"));
    private final ParticipantRow team = new ParticipantRow(List.of("Anu", "Biju"), null, "GS-1", "Bethel",
            "Kottayam", List.of("Group song"));

    @Test
    void a_chest_number_finds_its_member_and_a_team_code_its_team() {
        participants.add(anu);
        participants.add(team);

        assertThat(find.execute(new FindParticipant.Query(ChestNumber.of(1001), null))).isEqualTo(anu);
        assertThat(find.execute(new FindParticipant.Query(null, TeamCode.parse("GS-1")))).isEqualTo(team);
    }

    @Test
    void a_number_or_code_nobody_holds_is_not_found() {
        assertNotFound(() -> find.execute(new FindParticipant.Query(ChestNumber.of(1002), null)), "NOT_FOUND");
        assertNotFound(() -> find.execute(new FindParticipant.Query(null, TeamCode.parse("GS-2"))), "NOT_FOUND");
    }

    @Test
    void exactly_one_of_chest_number_and_team_code_is_given() {
        assertInvalidFields(() -> new FindParticipant.Query(null, null), "chestNumber");
        assertInvalidFields(() -> new FindParticipant.Query(ChestNumber.of(1), TeamCode.parse("GS-1")), "teamCode");
    }
}
