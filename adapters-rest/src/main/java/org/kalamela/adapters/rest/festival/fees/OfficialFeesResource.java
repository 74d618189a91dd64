package org.kalamela.adapters.rest.festival.fees;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.fees.FeesDtos.PreviewDto;
import org.kalamela.adapters.rest.festival.fees.FeesDtos.RegistrationFormDto;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.fees.PrintRegistrationForm;
import org.kalamela.application.festival.fees.ShowKalamelaPreview;

/** The district official's Kalamela fees at a glance and the data of the district's printable registration form. */
@Path("/api/v1/kalamela/official")
@Tag(name = "Kalamela fees (district official)")
@RolesAllowed("DISTRICT_OFFICIAL")
@Produces(MediaType.APPLICATION_JSON)
public class OfficialFeesResource {

    private final ShowKalamelaPreview official;
    private final PrintRegistrationForm print;
    private final CurrentActor currentActor;

    @Inject
    public OfficialFeesResource(ShowKalamelaPreview official, PrintRegistrationForm print, CurrentActor currentActor) {
        this.official = official;
        this.print = print;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/preview")
    @Operation(summary = "The district's Kalamela fees in the current edition: counts of individual entries and "
            + "teams, fees, dues, paid, balance or credit, and the latest payment (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The preview")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public PreviewDto officialPreview() {
        return PreviewDto.of(official.execute(currentActor.get()));
    }

    @GET
    @Path("/print")
    @Operation(summary = "Everything the district's printable registration form needs, as JSON: the district, its "
            + "entries by event with chest numbers, its teams with members, the fees and the payment status "
            + "(DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The form's data")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public RegistrationFormDto registrationForm() {
        return RegistrationFormDto.of(print.execute(currentActor.get()));
    }
}
