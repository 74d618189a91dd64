package org.kalamela.adapters.rest.festival.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.shared.output.PdfDownload;
import org.kalamela.application.festival.chest.PrintChestNumberCards;
import org.kalamela.application.festival.edition.ShowCurrentEdition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.shared.actor.Actor;

/** The documents a district official prints for their own district, as PDF. */
@Path("/api/v1/kalamela/official/documents")
@Tag(name = "Kalamela documents", description = "Printable PDFs of the festival day")
@Produces({PdfDownload.PDF, MediaType.APPLICATION_JSON})
@RolesAllowed("DISTRICT_OFFICIAL")
public class OfficialDocumentResource {

    private final PrintChestNumberCards printCards;
    private final ShowCurrentEdition showCurrent;
    private final CurrentActor currentActor;

    @Inject
    public OfficialDocumentResource(PrintChestNumberCards printCards, ShowCurrentEdition showCurrent,
                                    CurrentActor currentActor) {
        this.printCards = printCards;
        this.showCurrent = showCurrent;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/chest-number-cards")
    @Operation(summary = "The district's chest-number cards in the current edition as PDF, eight to an A4 page, "
            + "by number (DISTRICT_OFFICIAL, audited)")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment chest-number-cards-<edition>"
            + "-district-<id>.pdf")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public Response chestNumberCards() {
        Actor actor = currentActor.get();
        EditionYear year = showCurrent.execute().year();
        return PdfDownload.of(PrintChestNumberCards.fileName(year, actor.district().orElse(null)),
                out -> printCards.execute(new PrintChestNumberCards.Command(year, null), actor, out));
    }
}
