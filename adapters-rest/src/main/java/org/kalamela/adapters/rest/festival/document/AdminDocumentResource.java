package org.kalamela.adapters.rest.festival.document;

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
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.shared.output.PdfDownload;
import org.kalamela.application.festival.chest.PrintChestNumberCards;
import org.kalamela.application.festival.document.PrintCallSheet;
import org.kalamela.application.festival.document.PrintJudgeSheets;
import org.kalamela.application.festival.document.PrintTabulationSheet;
import org.kalamela.application.festival.edition.ShowCurrentEdition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.id.DistrictId;

/** The festival office's printed documents, as PDF. */
@Path("/api/v1/kalamela/admin/documents")
@Tag(name = "Kalamela documents", description = "Printable PDFs of the festival day")
@Produces({PdfDownload.PDF, MediaType.APPLICATION_JSON})
@RolesAllowed("ADMIN")
public class AdminDocumentResource {

    private final PrintChestNumberCards printCards;
    private final PrintCallSheet printCallSheet;
    private final PrintJudgeSheets printJudgeSheets;
    private final PrintTabulationSheet printTabulationSheet;
    private final ShowCurrentEdition showCurrent;
    private final CurrentActor currentActor;

    @Inject
    public AdminDocumentResource(PrintChestNumberCards printCards, PrintCallSheet printCallSheet,
                                 PrintJudgeSheets printJudgeSheets, PrintTabulationSheet printTabulationSheet,
                                 ShowCurrentEdition showCurrent, CurrentActor currentActor) {
        this.printCards = printCards;
        this.printCallSheet = printCallSheet;
        this.printJudgeSheets = printJudgeSheets;
        this.printTabulationSheet = printTabulationSheet;
        this.showCurrent = showCurrent;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/chest-number-cards")
    @Operation(summary = "Chest-number cards as PDF, eight to an A4 page: the number, name, unit and district of "
            + "every member holding a number, district by district (by name) and by number; one district with "
            + "districtId; edition absent: current (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment chest-number-cards-<edition>"
            + "[-district-<id>].pdf")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, districtId)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition, district), NO_CURRENT_EDITION")
    public Response chestNumberCards(@QueryParam("edition") Integer edition,
                                     @QueryParam("districtId") Long districtId) {
        Actor actor = currentActor.get();
        EditionYear year = editionOrCurrent(edition);
        DistrictId district = FestivalParams.district(districtId, "districtId");
        return PdfDownload.of(PrintChestNumberCards.fileName(year, district),
                out -> printCards.execute(new PrintChestNumberCards.Command(year, district), actor, out));
    }

    @GET
    @Path("/events/{id}/call-sheet")
    @Operation(summary = "An event's call sheet as PDF, for the stage manager: the drawn order of appearance with "
            + "each place's code letter, chest number (or team code), name (or members), unit and a signature "
            + "column; the event of the current edition (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment call-sheet-<edition>-event-<id>.pdf")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "NOT_DRAWN")
    public Response callSheet(@PathParam("id") long id) {
        Actor actor = currentActor.get();
        EventId event = FestivalParams.eventPath(id);
        return PdfDownload.of(PrintCallSheet.fileName(showCurrent.execute().year(), event),
                out -> printCallSheet.execute(event, actor, out));
    }

    @GET
    @Path("/events/{id}/judge-sheets")
    @Operation(summary = "An event's judges' sheets as PDF, a page per judge of its panel (one with a blank name "
            + "without a panel): code letters only, a column per criterion with its maximum, the total, the "
            + "judge's name and signature; never a name, unit or chest number (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment judge-sheets-<edition>-event-<id>.pdf")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "NOT_DRAWN")
    public Response judgeSheets(@PathParam("id") long id) {
        Actor actor = currentActor.get();
        EventId event = FestivalParams.eventPath(id);
        return PdfDownload.of(PrintJudgeSheets.fileName(showCurrent.execute().year(), event),
                out -> printJudgeSheets.execute(event, actor, out));
    }

    @GET
    @Path("/events/{id}/tabulation-sheet")
    @Operation(summary = "An event's tabulation sheet as PDF: code letters, each judge's total, the mark, grade and "
            + "rank, filled from the judges' sheets and the stored result once it is computed, blank before "
            + "(ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment tabulation-sheet-<edition>-event-"
            + "<id>.pdf")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "NOT_DRAWN")
    public Response tabulationSheet(@PathParam("id") long id) {
        Actor actor = currentActor.get();
        EventId event = FestivalParams.eventPath(id);
        return PdfDownload.of(PrintTabulationSheet.fileName(showCurrent.execute().year(), event),
                out -> printTabulationSheet.execute(event, actor, out));
    }

    /** The year the file is named after: the one asked for, or the current edition's. */
    private EditionYear editionOrCurrent(Integer edition) {
        EditionYear year = FestivalParams.edition(edition, "edition");
        return year != null ? year : showCurrent.execute().year();
    }
}
