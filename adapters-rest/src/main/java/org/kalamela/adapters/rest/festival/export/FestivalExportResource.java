package org.kalamela.adapters.rest.festival.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.shared.output.SpreadsheetDownload;
import org.kalamela.application.festival.championship.ExportMarks;
import org.kalamela.application.festival.championship.ExportResults;
import org.kalamela.application.festival.chest.ExportChestNumbers;
import org.kalamela.application.festival.edition.ShowCurrentEdition;
import org.kalamela.application.festival.entry.ExportEventEntries;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;

/** The festival's spreadsheets: the events data, the chest-number list, the results and the marks, as XLSX. */
@Path("/api/v1/kalamela/exports")
@Tag(name = "Kalamela exports", description = "Events data, chest-number list, results and marks as XLSX")
@Produces({SpreadsheetDownload.XLSX, MediaType.APPLICATION_JSON})
@RolesAllowed("ADMIN")
public class FestivalExportResource {

    private final ExportEventEntries exportEvents;
    private final ExportChestNumbers exportChestNumbers;
    private final ExportResults exportResults;
    private final ExportMarks exportMarks;
    private final ShowCurrentEdition showCurrent;
    private final CurrentActor currentActor;

    @Inject
    public FestivalExportResource(ExportEventEntries exportEvents, ExportChestNumbers exportChestNumbers,
                                  ExportResults exportResults, ExportMarks exportMarks,
                                  ShowCurrentEdition showCurrent, CurrentActor currentActor) {
        this.exportEvents = exportEvents;
        this.exportChestNumbers = exportChestNumbers;
        this.exportResults = exportResults;
        this.exportMarks = exportMarks;
        this.showCurrent = showCurrent;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/events-data")
    @Operation(summary = "Events data as XLSX: sheet 'Individual events' (event, chest number, name, unit, district) "
            + "and sheet 'Group events' (event, team code, name, unit, district; a line per team member); filters "
            + "edition (absent: current), districtId, eventId (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The spreadsheet, as an attachment events-<edition>[-district-"
            + "<id>][-event-<id>].xlsx")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, districtId, eventId)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition, district, event of another edition), "
            + "NO_CURRENT_EDITION")
    public Response eventsData(@QueryParam("edition") Integer edition, @QueryParam("districtId") Long districtId,
                               @QueryParam("eventId") Long eventId) {
        Actor actor = currentActor.get();
        EditionYear year = editionOrCurrent(edition);
        ExportEventEntries.Command command = new ExportEventEntries.Command(year,
                FestivalParams.district(districtId, "districtId"), FestivalParams.event(eventId, "eventId"));
        return SpreadsheetDownload.of(ExportEventEntries.fileName(year, command),
                out -> exportEvents.execute(command, actor, out));
    }

    @GET
    @Path("/chest-numbers")
    @Operation(summary = "The chest-number list as XLSX: a sheet per district (by name), each member holding a "
            + "number with chest number, name, unit and individual events, by chest number; edition absent: "
            + "current (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The spreadsheet, as an attachment chest-numbers-<edition>.xlsx")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition), NO_CURRENT_EDITION")
    public Response chestNumbers(@QueryParam("edition") Integer edition) {
        Actor actor = currentActor.get();
        EditionYear year = editionOrCurrent(edition);
        return SpreadsheetDownload.of(ExportChestNumbers.fileName(year),
                out -> exportChestNumbers.execute(year, actor, out));
    }

    @GET
    @Path("/results")
    @Operation(summary = "The results as XLSX: places 1 to 3 of every event with a computed result (ties give more "
            + "rows): event, result number, state (TABULATED ones are not yet public), rank, chest number or team "
            + "code, name, unit, district, mark, grade, points; edition absent: current (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The spreadsheet, as an attachment results-<edition>.xlsx")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition), NO_CURRENT_EDITION")
    public Response results(@QueryParam("edition") Integer edition) {
        Actor actor = currentActor.get();
        EditionYear year = editionOrCurrent(edition);
        return SpreadsheetDownload.of(ExportResults.fileName(year), out -> exportResults.execute(year, actor, out));
    }

    @GET
    @Path("/marks")
    @Operation(summary = "Every mark as XLSX: event, code letter, chest number or team code, name, judge, "
            + "criterion, maximum, mark, entered by a tabulator, sheet submitted; edition absent: current "
            + "(ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The spreadsheet, as an attachment marks-<edition>.xlsx")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition), NO_CURRENT_EDITION")
    public Response marks(@QueryParam("edition") Integer edition) {
        Actor actor = currentActor.get();
        EditionYear year = editionOrCurrent(edition);
        return SpreadsheetDownload.of(ExportMarks.fileName(year), out -> exportMarks.execute(year, actor, out));
    }

    /** The year the file is named after: the one asked for, or the current edition's. */
    private EditionYear editionOrCurrent(Integer edition) {
        EditionYear year = FestivalParams.edition(edition, "edition");
        return year != null ? year : showCurrent.execute().year();
    }
}
