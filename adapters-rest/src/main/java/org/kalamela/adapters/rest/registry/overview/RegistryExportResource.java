package org.kalamela.adapters.rest.registry.overview;

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
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.registry.RegistryParams;
import org.kalamela.adapters.rest.shared.output.SpreadsheetDownload;
import org.kalamela.application.registry.export.ExportRegistry;
import org.kalamela.domain.shared.actor.Actor;

/**
 * The registry's spreadsheets: officials, councilors and members of everything, one district or one unit.
 * Each is written by the exporting use case inside its transaction, then streamed ({@link SpreadsheetDownload}).
 */
@Path("/api/v1/admin/exports")
@Tag(name = "Registry exports", description = "Officials, councilors and members as XLSX")
@Produces({SpreadsheetDownload.XLSX, MediaType.APPLICATION_JSON})
@RolesAllowed("ADMIN")
public class RegistryExportResource {

    private final ExportRegistry exportRegistry;
    private final CurrentActor currentActor;

    @Inject
    public RegistryExportResource(ExportRegistry exportRegistry, CurrentActor currentActor) {
        this.exportRegistry = exportRegistry;
        this.currentActor = currentActor;
    }

    @GET
    @Path("/officials")
    @Operation(summary = "Unit office holders as XLSX: district, unit, office, name, phone; all, one district "
            + "(districtId) or one unit (unitId) (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The spreadsheet, as an attachment")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId, unitId: at most one)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (district or unit)")
    public Response officials(@QueryParam("districtId") Long districtId, @QueryParam("unitId") Long unitId) {
        return export(ExportRegistry.Kind.OFFICIALS, districtId, unitId);
    }

    @GET
    @Path("/councilors")
    @Operation(summary = "Councilors as XLSX: district, unit, name, gender, date of birth, age, phone; all, one "
            + "district or one unit (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The spreadsheet, as an attachment")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId, unitId: at most one)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (district or unit)")
    public Response councilors(@QueryParam("districtId") Long districtId, @QueryParam("unitId") Long unitId) {
        return export(ExportRegistry.Kind.COUNCILORS, districtId, unitId);
    }

    @GET
    @Path("/members")
    @Operation(summary = "Members as XLSX: district, unit, name, gender, date of birth, age, phone, qualification, "
            + "blood group; all, one district or one unit (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The spreadsheet, as an attachment")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId, unitId: at most one)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (district or unit)")
    public Response members(@QueryParam("districtId") Long districtId, @QueryParam("unitId") Long unitId) {
        return export(ExportRegistry.Kind.MEMBERS, districtId, unitId);
    }

    private Response export(ExportRegistry.Kind kind, Long districtId, Long unitId) {
        ExportRegistry.Command command = new ExportRegistry.Command(kind,
                RegistryParams.district(districtId, "districtId"), RegistryParams.unit(unitId, "unitId"));
        Actor actor = currentActor.get();
        return SpreadsheetDownload.of(command.fileName(), out -> exportRegistry.execute(command, actor, out));
    }
}
