package org.kalamela.adapters.rest.festival.entry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.festival.entry.EntryDtos.EventEntriesDto;
import org.kalamela.adapters.rest.festival.entry.OfficialDtos.EligibleMembersDto;
import org.kalamela.adapters.rest.festival.entry.OfficialDtos.EventsOverviewDto;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.festival.eligibility.ListEligibleMembers;
import org.kalamela.application.festival.entry.ListDistrictEntries;
import org.kalamela.application.festival.entry.ShowEventsOverview;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * What a district official reads while registering: the events with the district's places left, the
 * members who may be entered in one, and the district's entries. Each runs a fixed number of queries
 * whatever the edition's size.
 */
@Path("/api/v1/kalamela/official")
@Tag(name = "Kalamela registration (district official)", description = "The district's events, eligible members "
        + "and entries in the current edition")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("DISTRICT_OFFICIAL")
public class OfficialEventsResource {

    private final ShowEventsOverview overview;
    private final ListEligibleMembers eligible;
    private final ListDistrictEntries entries;
    private final CurrentActor currentActor;

    @Inject
    public OfficialEventsResource(ShowEventsOverview overview, ListEligibleMembers eligible,
                                  ListDistrictEntries entries, CurrentActor currentActor) {
        this.overview = overview;
        this.eligible = eligible;
        this.entries = entries;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/events")
    @Operation(summary = "Every active event of the current edition by category, with the district's entries and "
            + "places left per seniority (individual) or its teams and teams left (group) (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The overview")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public EventsOverviewDto events() {
        return EventsOverviewDto.of(overview.execute(currentActor.get()));
    }

    @GET
    @Path("/events/{id}/eligible-members")
    @Operation(summary = "The district's members (unitId: of one unit) who may be entered in the event, each with "
            + "the seniority they compete in; explain=true adds the members left out with every reason "
            + "(DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "Eligible members, by unit and name")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (unitId)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event of another edition, unit of another district), "
            + "NO_CURRENT_EDITION")
    public EligibleMembersDto eligibleMembers(@PathParam("id") long id, @QueryParam("unitId") Long unitId,
                                              @QueryParam("explain") Boolean explain) {
        return EligibleMembersDto.of(eligible.execute(new ListEligibleMembers.Query(FestivalParams.eventPath(id),
                FestivalParams.unit(unitId, "unitId"), Boolean.TRUE.equals(explain)), currentActor.get()));
    }

    @GET
    @Path("/entries")
    @Operation(summary = "The district's entries in the current edition by event: members with chest numbers, teams "
            + "with codes and members (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "A page of events with entries, in the order they were added "
            + "(an item is an event)")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (page, size)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public PageDto<EventEntriesDto> entries(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return PageDto.of(Page.slice(entries.execute(currentActor.get()), request).map(EventEntriesDto::of));
    }
}
