package org.kalamela.adapters.rest.festival.participant;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.festival.participant.FindParticipant;
import org.kalamela.application.festival.query.ParticipantRow;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.team.TeamCode;
import org.kalamela.domain.shared.validation.Validation;

/** The public find-participant's body and answer. */
public final class ParticipantDtos {

    /** The longest team code a question may carry; the route that answers from memory checks the same. */
    static final int TEAM_CODE_MAX = 30;

    private ParticipantDtos() {
    }

    @Schema(name = "FindParticipantRequest", description = "Exactly one of chestNumber and teamCode")
    public record FindParticipantRequest(
            @Schema(examples = "1001") Integer chestNumber,
            @Schema(examples = "GS-1") @Size(max = TEAM_CODE_MAX) String teamCode) {

        /** Reads both fields, keeping the errors of each, then asks for exactly one. */
        FindParticipant.Query toQuery() {
            Validation validation = new Validation();
            ChestNumber number = chestNumber == null ? null : validation.read(() -> ChestNumber.of(chestNumber));
            TeamCode code = teamCode == null ? null : validation.read(() -> TeamCode.parse(teamCode));
            validation.throwIfInvalid();
            return new FindParticipant.Query(number, code);
        }
    }

    @Schema(name = "Participant", description = "A participant as anyone may see them: no phone, no date of birth")
    public record ParticipantDto(
            @Schema(description = "The member's name, or the team members' names") List<String> names,
            @Schema(description = "The member's chest number; absent for a team") Integer chestNumber,
            @Schema(description = "The team's code; absent for a member") String teamCode,
            String unit,
            String district,
            @Schema(description = "The events entered, by name") List<String> events) {

        static ParticipantDto of(ParticipantRow row) {
            return new ParticipantDto(row.names(), row.chestNumber(), row.teamCode(), row.unitName(),
                    row.districtName(), row.events());
        }
    }
}
