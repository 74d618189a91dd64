package org.kalamela.adapters.rest.festival.certificate;

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
import org.kalamela.application.festival.certificate.PrintCertificates;
import org.kalamela.application.festival.edition.ShowCurrentEdition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.actor.Actor;

/** A unit account prints its own members' certificates in bulk. */
@Path("/api/v1/kalamela/unit/certificates")
@Tag(name = "Certificates", description = "Certificates of published results: verification (public) and printing")
@Produces({PdfDownload.PDF, MediaType.APPLICATION_JSON})
@RolesAllowed("UNIT")
public class UnitCertificateResource {

    private final PrintCertificates print;
    private final ShowCurrentEdition showCurrent;
    private final CurrentActor currentActor;

    @Inject
    public UnitCertificateResource(PrintCertificates print, ShowCurrentEdition showCurrent,
                                   CurrentActor currentActor) {
        this.print = print;
        this.showCurrent = showCurrent;
        this.currentActor = currentActor;
    }

    @GET
    @Operation(summary = "The unit's valid certificates in the current edition as one PDF, one to a page, by event "
            + "and name; one event with eventId (UNIT, audited)")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment certificates-<edition>-unit-<id>"
            + "[-event-<id>].pdf")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (eventId)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event), NO_CURRENT_EDITION")
    public Response certificates(@QueryParam("eventId") Long eventId) {
        Actor actor = currentActor.get();
        EventId event = FestivalParams.event(eventId, "eventId");
        EditionYear year = showCurrent.execute().year();
        return PdfDownload.of(PrintCertificates.fileName(year, actor.unit().orElse(null), null, event),
                out -> print.execute(new PrintCertificates.Command(year, null, null, event), actor, out));
    }
}
