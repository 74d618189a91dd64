package org.kalamela.adapters.rest.conference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.conference.ConferenceDtos.ConferenceSummaryDto;
import org.kalamela.adapters.rest.conference.ConferenceDtos.DistrictSummaryDto;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.shared.output.SpreadsheetDownload;
import org.kalamela.application.conference.summary.ExportConferenceSummary;
import org.kalamela.application.conference.summary.ShowConferenceSummary;
import org.kalamela.application.conference.summary.ShowDistrictSummary;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.shared.actor.Actor;

/** A conference's summaries: every district's for the admin, a district's own for its official, and as XLSX. */
@Path("/api/v1/conference")
@Tag(name = "Conference")
public class ConferenceSummaryResource {

    private final ShowConferenceSummary summary;
    private final ShowDistrictSummary districtSummary;
    private final ExportConferenceSummary export;
    private final CurrentActor currentActor;

    @Inject
    public ConferenceSummaryResource(ShowConferenceSummary summary, ShowDistrictSummary districtSummary,
                                     ExportConferenceSummary export, CurrentActor currentActor) {
        this.summary = summary;
        this.districtSummary = districtSummary;
        this.export = export;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/{id}/summary")
    @RolesAllowed("ADMIN")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every district's delegates of the conference: limits, officials and members registered, "
            + "by gender, food preference and accommodation, fees due, paid, balance or credit and the latest "
            + "payment's status; with totals (ADMIN)")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference)")
    public ConferenceSummaryDto summary(@PathParam("id") long id) {
        return ConferenceSummaryDto.of(summary.execute(ConferenceParams.conferencePath(id), currentActor.get()));
    }

    @GET
    @Path("/{id}/summary/district")
    @RolesAllowed({"ADMIN", "DISTRICT_OFFICIAL"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One district's summary line, with its payment status: an official's own district, the "
            + "admin's districtId (required) (ADMIN, DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The district's summary")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference, district, or another district for an "
            + "official)")
    public DistrictSummaryDto districtSummary(@PathParam("id") long id, @QueryParam("districtId") Long districtId) {
        return DistrictSummaryDto.of(districtSummary.execute(ConferenceParams.conferencePath(id),
                ConferenceParams.district(districtId, "districtId"), currentActor.get()));
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed({"ADMIN", "DISTRICT_OFFICIAL"})
    @Produces({SpreadsheetDownload.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "The conference summary as XLSX: sheet 'Districts' (a line per district with limits, "
            + "officials, members, gender, food, accommodation, fees due, paid, balance, credit, payment status) and "
            + "sheet 'Delegates'; the admin's has "
            + "every district, an official's their own (ADMIN, DISTRICT_OFFICIAL, audited)")
    @APIResponse(responseCode = "200", description = "The spreadsheet, as an attachment conference-<id>-summary"
            + "[-district-<id>].xlsx")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (conference)")
    public Response export(@PathParam("id") long id) {
        Actor actor = currentActor.get();
        ConferenceId conference = ConferenceParams.conferencePath(id);
        return SpreadsheetDownload.of(ExportConferenceSummary.fileName(conference, actor),
                out -> export.execute(conference, actor, out));
    }
}
