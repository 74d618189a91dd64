package org.kalamela.adapters.rest.festival.entry;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.application.festival.entry.EventEntries;
import org.kalamela.application.festival.entry.RegisteredEntry;
import org.kalamela.application.festival.query.IndividualEntryRow;
import org.kalamela.application.festival.query.TeamRow;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.team.Team;
import org.kalamela.domain.shared.id.MemberId;

/** Response bodies of individual entries and teams, for the admin's lists and the official's. */
public final class EntryDtos {

    private EntryDtos() {
    }

    @Schema(name = "IndividualEntry", description = "chestNumber is the member's number in the edition; null only "
            + "for an entry imported without one, until the assign-chest-numbers job runs")
    public record IndividualEntryDto(long id, long eventId, String eventName, long memberId, String memberName,
                                     long unitId, String unitName, long districtId, String districtName,
                                     Seniority seniority, Integer chestNumber) {

        static IndividualEntryDto of(IndividualEntryRow r) {
            return new IndividualEntryDto(r.id().value(), r.eventId().value(), r.eventName(), r.memberId().value(),
                    r.memberName(), r.unitId().value(), r.unitName(), r.districtId().value(), r.districtName(),
                    r.seniority(), r.chestNumber().map(ChestNumber::value).orElse(null));
        }
    }

    @Schema(name = "TeamMember")
    public record TeamMemberDto(long memberId, String name) {
    }

    @Schema(name = "Team", description = "code: the event's short code, a dash and the team's number (GS-1); "
            + "members by name")
    public record TeamDto(long id, String code, long eventId, String eventName, long unitId, String unitName,
                          long districtId, String districtName, List<TeamMemberDto> members) {

        static TeamDto of(TeamRow r) {
            return new TeamDto(r.id().value(), r.code().toString(), r.eventId().value(), r.eventName(),
                    r.unitId().value(), r.unitName(), r.districtId().value(), r.districtName(),
                    r.members().stream().map(m -> new TeamMemberDto(m.memberId().value(), m.name())).toList());
        }
    }

    @Schema(name = "TeamRegistration", description = "A team as registered or changed: its code and member ids "
            + "(ascending)")
    // Native image: handed to JAX-RS inside a Response, so Quarkus cannot register it for Jackson itself.
    @RegisterForReflection(registerFullHierarchy = true)
    public record TeamRegistrationDto(long id, String code, long eventId, long districtId, long unitId,
                                      List<Long> memberIds) {

        static TeamRegistrationDto of(Team team) {
            return new TeamRegistrationDto(team.id().value(), team.code().toString(), team.eventId().value(),
                    team.districtId().value(), team.unitId().value(),
                    team.members().stream().map(MemberId::value).sorted().toList());
        }
    }

    @Schema(name = "RegisteredEntry", description = "An individual entry just made: the seniority it counts under "
            + "(from the date of birth) and the member's chest number")
    // Native image: handed to JAX-RS inside a Response, so Quarkus cannot register it for Jackson itself.
    @RegisterForReflection(registerFullHierarchy = true)
    public record RegisteredEntryDto(long id, long eventId, long memberId, Seniority seniority, int chestNumber) {

        static RegisteredEntryDto of(RegisteredEntry e) {
            return new RegisteredEntryDto(e.id().value(), e.eventId().value(), e.memberId().value(), e.seniority(),
                    e.chestNumber().value());
        }
    }

    @Schema(name = "EventEntries", description = "One event's entries of the district: individual entries or teams")
    public record EventEntriesDto(long eventId, String eventName, List<IndividualEntryDto> entries,
                                  List<TeamDto> teams) {

        public static EventEntriesDto of(EventEntries e) {
            return new EventEntriesDto(e.eventId().value(), e.eventName(),
                    e.entries().stream().map(IndividualEntryDto::of).toList(),
                    e.teams().stream().map(TeamDto::of).toList());
        }
    }
}
