package org.kalamela.domain.festival.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kalamela.domain.festival.FestivalFixtures.assertInvalidField;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

class TeamCodeTest {

    @Test
    void a_team_code_is_the_event_short_code_a_dash_and_the_team_number() {
        assertThat(new TeamCode(new ShortCode("GS"), 1)).hasToString("GS-1");
        assertThat(new TeamCode(new ShortCode("GS"), 12)).hasToString("GS-12");
    }

    @Test
    void team_codes_read_back() {
        assertThat(TeamCode.parse("GS-2")).isEqualTo(new TeamCode(new ShortCode("GS"), 2));
        assertThat(TeamCode.parse(" mim-10 ")).isEqualTo(new TeamCode(new ShortCode("MIM"), 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GS", "GS-", "-1", "GS-0", "GS-01", "GS-1-2", "G S-1", "GS-x"})
    void malformed_team_codes_are_invalid_input(String text) {
        assertThatThrownBy(() -> TeamCode.parse(text)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void team_numbers_start_at_one() {
        assertInvalidField(() -> new TeamCode(new ShortCode("GS"), 0), "teamCode");
    }

    @Test
    void a_team_has_members() {
        assertThatThrownBy(() -> new Team(TeamId.of(1), TeamCode.parse("GS-1"), EventId.of(1), DistrictId.of(1),
                UnitId.of(1), Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
