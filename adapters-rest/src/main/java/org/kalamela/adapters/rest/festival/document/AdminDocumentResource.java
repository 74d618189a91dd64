package org.kalamela.adapters.rest.festival.document;

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
import org.kalamela.adapters.rest.shared.output.PdfDownload;
import org.kalamela.application.festival.chest.PrintChestNumberCards;
import org.kalamela.application.festival.edition.ShowCurrentEdition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.id.DistrictId;

/** The festival office's printed documents, as PDF. */
@Path("/api/v1/kalamela/admin/documents")
@Tag(name = "Kalamela documents", description = "Printable PDFs of the festival day")
@Produces({PdfDownload.PDF, MediaType.APPLICATION_JSON})
@RolesAllowed("ADMIN")
public class AdminDocumentResource {

    private final PrintChestNumberCards printCards;
    private final ShowCurrentEdition showCurrent;
    private final CurrentActor currentActor;

    @Inject
    public AdminDocumentResource(PrintChestNumberCards printCards, ShowCurrentEdition showCurrent,
                                 CurrentActor currentActor) {
        this.printCards = printCards;
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

    /** The year the file is named after: the one asked for, or the current edition's. */
    private EditionYear editionOrCurrent(Integer edition) {
        EditionYear year = FestivalParams.edition(edition, "edition");
        return year != null ? year : showCurrent.execute().year();
    }
}
