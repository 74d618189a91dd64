package org.kalamela.adapters.rest.festival.fees;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.festival.fees.FeesDtos.AdminPreviewDto;
import org.kalamela.adapters.rest.festival.fees.FeesDtos.PreviewDto;
import org.kalamela.adapters.rest.festival.fees.FeesDtos.RegistrationFormDto;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.fees.PrintRegistrationForm;
import org.kalamela.application.festival.fees.ShowAdminKalamelaPreview;
import org.kalamela.application.festival.fees.ShowKalamelaPreview;

/**
 * The Kalamela fees at a glance: the official's for the district (and the printable registration form's data),
 * the admin's for one or every district.
 */
@Path("/api/v1/kalamela")
@Tag(name = "Kalamela fees (preview)")
@Produces(MediaType.APPLICATION_JSON)
public class KalamelaPreviewResource {

    private final ShowKalamelaPreview official;
    private final ShowAdminKalamelaPreview admin;
    private final PrintRegistrationForm print;
    private final CurrentActor currentActor;

    @Inject
    public KalamelaPreviewResource(ShowKalamelaPreview official, ShowAdminKalamelaPreview admin,
                                   PrintRegistrationForm print, CurrentActor currentActor) {
        this.official = official;
        this.admin = admin;
        this.print = print;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/official/preview")
    @RolesAllowed("DISTRICT_OFFICIAL")
    @Operation(summary = "The district's Kalamela fees in the current edition: counts of individual entries and "
            + "teams, fees, dues, paid, balance or credit, and the latest payment (DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The preview")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public PreviewDto officialPreview() {
        return PreviewDto.of(official.execute(currentActor.get()));
    }

    @GET
    @Path("/official/print")
    @RolesAllowed("DISTRICT_OFFICIAL")
    @Operation(summary = "Everything the district's printable registration form needs, as JSON: the district, its "
            + "entries by event with chest numbers, its teams with members, the fees and the payment status "
            + "(DISTRICT_OFFICIAL)")
    @APIResponse(responseCode = "200", description = "The form's data")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public RegistrationFormDto registrationForm() {
        return RegistrationFormDto.of(print.execute(currentActor.get()));
    }

    @GET
    @Path("/admin/preview")
    @RolesAllowed("ADMIN")
    @Operation(summary = "The Kalamela fees of an edition (edition: a year; absent: the current one) for one "
            + "district (districtId) or every district by name, with totals (ADMIN)")
    @APIResponse(responseCode = "200", description = "The previews")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, districtId)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition, district), NO_CURRENT_EDITION")
    public AdminPreviewDto adminPreview(@QueryParam("edition") Integer edition,
                                        @QueryParam("districtId") Long districtId) {
        return AdminPreviewDto.of(admin.execute(FestivalParams.edition(edition, "edition"),
                Optional.ofNullable(FestivalParams.district(districtId, "districtId")), currentActor.get()));
    }
}
