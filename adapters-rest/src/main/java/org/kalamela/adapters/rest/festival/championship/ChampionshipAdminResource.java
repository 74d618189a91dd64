package org.kalamela.adapters.rest.festival.championship;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.championship.ResultDtos.ChampionshipDto;
import org.kalamela.adapters.rest.festival.championship.ResultDtos.StandingDto;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.championship.ChampionshipScope;
import org.kalamela.application.festival.championship.ShowChampionship;
import org.kalamela.application.festival.championship.ShowChampionshipRow;

/** The admin's championship tables, with the result number they reflect, and each row's drill-down. */
@Path("/api/v1/kalamela/admin/championship")
@Tag(name = "Kalamela championship", description = "Unit-wise and district-wise championship tables (admin)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class ChampionshipAdminResource {

    private final ShowChampionship table;
    private final ShowChampionshipRow row;
    private final CurrentActor currentActor;

    @Inject
    public ChampionshipAdminResource(ShowChampionship table, ShowChampionshipRow row, CurrentActor currentActor) {
        this.table = table;
        this.row = row;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/unit-wise")
    @Operation(summary = "The unit-wise championship of the current edition with the result number it reflects "
            + "and every row's contributing results (ADMIN)")
    @APIResponse(responseCode = "200", description = "The unit-wise table")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public ChampionshipDto unitWise() {
        return ChampionshipDto.of(table.execute(ChampionshipScope.UNITS, currentActor.get()));
    }

    @GET
    @Path("/district-wise")
    @Operation(summary = "The district-wise championship of the current edition with the result number it "
            + "reflects and every row's contributing results (ADMIN)")
    @APIResponse(responseCode = "200", description = "The district-wise table")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NO_CURRENT_EDITION")
    public ChampionshipDto districtWise() {
        return ChampionshipDto.of(table.execute(ChampionshipScope.DISTRICTS, currentActor.get()));
    }

    @GET
    @Path("/unit-wise/{unitId}")
    @Operation(summary = "One unit's row: place, points and the results that make them up (ADMIN)")
    @APIResponse(responseCode = "200", description = "The unit's row")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no unit with a scored entry in the published "
            + "results), NO_CURRENT_EDITION")
    public StandingDto unit(@PathParam("unitId") long unitId) {
        return StandingDto.of(row.execute(ChampionshipScope.UNITS, unitId, currentActor.get()));
    }

    @GET
    @Path("/district-wise/{districtId}")
    @Operation(summary = "One district's row: place, points and the results that make them up (ADMIN)")
    @APIResponse(responseCode = "200", description = "The district's row")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no district with a scored entry in the "
            + "published results), NO_CURRENT_EDITION")
    public StandingDto district(@PathParam("districtId") long districtId) {
        return StandingDto.of(row.execute(ChampionshipScope.DISTRICTS, districtId, currentActor.get()));
    }
}
