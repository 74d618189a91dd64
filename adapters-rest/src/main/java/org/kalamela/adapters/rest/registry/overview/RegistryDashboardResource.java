package org.kalamela.adapters.rest.registry.overview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.registry.dashboard.ViewRegistryDashboard;
import org.kalamela.application.registry.query.SeniorityBand;
import org.kalamela.domain.shared.error.InvalidInput;

@Path("/api/v1/admin/dashboard")
@Tag(name = "Registry dashboard", description = "Figures on units, registrations and members")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class RegistryDashboardResource {

    private final ViewRegistryDashboard dashboard;
    private final CurrentActor currentActor;

    @Inject
    public RegistryDashboardResource(ViewRegistryDashboard dashboard, CurrentActor currentActor) {
        this.dashboard = dashboard;
        this.currentActor = currentActor;
    }

    @GET
    @Operation(summary = "Units registered and not (in all and per district), registrations per status, members per "
            + "gender and per seniority band, the largest unit(s), district totals; each figure one query. Seniority "
            + "bands default to the current edition's Junior and Senior ranges, or are given as band=<label>:<born from>:<born to>, e.g. band=Junior:2005-01-11:2011-06-30 (ADMIN)")
    @APIResponse(responseCode = "200", description = "The dashboard")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (band[i])")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    public RegistryDashboardDto dashboard(@QueryParam("band") List<String> bands) {
        return RegistryDashboardDto.of(dashboard.execute(new ViewRegistryDashboard.Query(bands(bands)),
                currentActor.get()));
    }

    /** {@code Junior:2005-01-11:2011-06-30}: the dates are the last two parts, so a label may contain colons. */
    private static List<SeniorityBand> bands(List<String> given) {
        List<SeniorityBand> bands = new ArrayList<>();
        for (int i = 0; given != null && i < given.size(); i++) {
            String text = given.get(i) == null ? "" : given.get(i).strip();
            int last = text.lastIndexOf(':');
            int middle = last <= 0 ? -1 : text.lastIndexOf(':', last - 1);
            String field = "band[" + i + "]";
            if (middle <= 0) {
                throw InvalidInput.field(field, "must be <label>:<born from>:<born to>, dates as YYYY-MM-DD");
            }
            try {
                bands.add(new SeniorityBand(text.substring(0, middle), LocalDate.parse(text.substring(middle + 1, last)),
                        LocalDate.parse(text.substring(last + 1))));
            } catch (DateTimeParseException e) {
                throw InvalidInput.field(field, "has a date that is not YYYY-MM-DD");
            } catch (InvalidInput e) {
                throw InvalidInput.field(field, "ends before it starts");
            }
        }
        return bands;
    }
}
