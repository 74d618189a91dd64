package org.kalamela.adapters.rest.festival.entry;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.kalamela.adapters.rest.festival.event.EventDtos.EventDto;
import org.kalamela.application.festival.eligibility.CandidateRow;
import org.kalamela.application.festival.eligibility.EligibleMembers;
import org.kalamela.application.festival.entry.EventOverview;
import org.kalamela.application.festival.entry.EventsOverview;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.eligibility.IneligibilityReason;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.shared.value.Gender;

/** Response and request bodies of a district official's registration pages. */
public final class OfficialDtos {

    private OfficialDtos() {
    }

    @Schema(name = "EventsOverview", description = "Every active event of the current edition by category, with "
            + "the district's standing in it, and whether registration is open now")
    public record EventsOverviewDto(int edition, boolean registrationOpen, List<CategoryDto> categories) {

        static EventsOverviewDto of(EventsOverview overview) {
            return new EventsOverviewDto(overview.edition().value(), overview.registrationOpen(),
                    overview.categories().stream().map(category -> new CategoryDto(category.category(),
                            category.events().stream().map(EventStandingDto::of).toList())).toList());
        }
    }

    @Schema(name = "EventCategoryOverview")
    public record CategoryDto(EventCategory category, List<EventStandingDto> events) {
    }

    @Schema(name = "EventStanding", description = "seniorities: for an individual event, the district's entries and "
            + "places left per seniority it admits; teams: for a group event, the district's teams and teams left")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventStandingDto(EventDto event, List<SeniorityStandingDto> seniorities, TeamStandingDto teams) {

        static EventStandingDto of(EventOverview overview) {
            return new EventStandingDto(EventDto.of(overview.event()), overview.event().isGroup() ? null
                    : overview.seniorities().stream()
                            .map(t -> new SeniorityStandingDto(t.seniority(), t.entries(), t.remaining())).toList(),
                    overview.teams().map(t -> new TeamStandingDto(t.teams(), t.remaining())).orElse(null));
        }
    }

    @Schema(name = "SeniorityStanding")
    public record SeniorityStandingDto(Seniority seniority, int entries, int remaining) {
    }

    @Schema(name = "TeamStanding")
    public record TeamStandingDto(int teams, int remaining) {
    }

    @Schema(name = "EligibleMembers", description = "eligible: members who may be entered, each with the seniority "
            + "they compete in; leftOut (with explain=true): the others, each with every reason")
    public record EligibleMembersDto(long eventId, List<CandidateDto> eligible, List<CandidateDto> leftOut) {

        static EligibleMembersDto of(EligibleMembers members) {
            return new EligibleMembersDto(members.eventId().value(),
                    members.eligible().stream().map(CandidateDto::of).toList(),
                    members.leftOut().stream().map(CandidateDto::of).toList());
        }
    }

    @Schema(name = "EventCandidate", description = "seniority: absent when the birth date is outside both ranges; "
            + "reasons: REGISTRATION_CLOSED, EVENT_INACTIVE, OTHER_DISTRICT, EXCLUDED, NOT_IN_AGE_RANGE, "
            + "WRONG_SENIORITY, WRONG_GENDER, ALREADY_ENTERED, MEMBER_EVENT_LIMIT")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CandidateDto(long memberId, String name, long unitId, String unitName, Gender gender,
                               Seniority seniority, List<IneligibilityReason> reasons) {

        static CandidateDto of(CandidateRow row) {
            return new CandidateDto(row.memberId().value(), row.name(), row.unitId().value(), row.unitName(),
                    row.gender(), row.seniority().orElse(null), row.reasons());
        }
    }

    @Schema(name = "IndividualParticipationRequest")
    public record IndividualParticipationRequest(Long eventId, Long memberId) {
    }

    @Schema(name = "GroupParticipationRequest", description = "A team: one unit of the district and its full member "
            + "list")
    public record GroupParticipationRequest(Long eventId, Long unitId, List<Long> memberIds) {
    }

    @Schema(name = "TeamMembersRequest")
    public record TeamMembersRequest(List<Long> memberIds) {
    }
}
