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
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.fees.ShowAdminKalamelaPreview;

/**
 * The admin's Kalamela fees at a glance, for one or every district. The class has its own full path: under a
 * class path several resources share (/api/v1/kalamela), the router matched another class and answered 404.
 */
@Path("/api/v1/kalamela/admin/preview")
@Tag(name = "Kalamela fees (admin)")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class AdminFeesPreviewResource {

    private final ShowAdminKalamelaPreview admin;
    private final CurrentActor currentActor;

    @Inject
    public AdminFeesPreviewResource(ShowAdminKalamelaPreview admin, CurrentActor currentActor) {
        this.admin = admin;
        this.currentActor = currentActor;
    }

    @GET
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
