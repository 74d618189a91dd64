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
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** The admin prints certificates in bulk: all of an edition, or a unit's, a district's, an event's. */
@Path("/api/v1/kalamela/admin/certificates")
@Tag(name = "Certificates", description = "Certificates of published results: verification (public) and printing")
@Produces({PdfDownload.PDF, MediaType.APPLICATION_JSON})
@RolesAllowed("ADMIN")
public class AdminCertificateResource {

    private final PrintCertificates print;
    private final ShowCurrentEdition showCurrent;
    private final CurrentActor currentActor;

    @Inject
    public AdminCertificateResource(PrintCertificates print, ShowCurrentEdition showCurrent,
                                    CurrentActor currentActor) {
        this.print = print;
        this.showCurrent = showCurrent;
        this.currentActor = currentActor;
    }

    @GET
    @Operation(summary = "Valid certificates as one PDF, one to an A4 landscape page with the QR code of its "
            + "verification address, by district, unit, event and name; filtered by unitId, districtId, eventId; "
            + "edition absent: current (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment certificates-<edition>"
            + "[-district-<id>][-unit-<id>][-event-<id>].pdf")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, unitId, districtId, eventId)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition, unit, district, event), NO_CURRENT_EDITION")
    public Response certificates(@QueryParam("edition") Integer edition, @QueryParam("unitId") Long unitId,
                                 @QueryParam("districtId") Long districtId, @QueryParam("eventId") Long eventId) {
        Actor actor = currentActor.get();
        EditionYear named = FestivalParams.edition(edition, "edition");
        UnitId unit = FestivalParams.unit(unitId, "unitId");
        DistrictId district = FestivalParams.district(districtId, "districtId");
        EventId event = FestivalParams.event(eventId, "eventId");
        EditionYear year = named != null ? named : showCurrent.execute().year();
        return PdfDownload.of(PrintCertificates.fileName(year, unit, district, event),
                out -> print.execute(new PrintCertificates.Command(year, unit, district, event), actor, out));
    }
}
