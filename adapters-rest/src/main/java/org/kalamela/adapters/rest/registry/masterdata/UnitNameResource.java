package org.kalamela.adapters.rest.registry.masterdata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.registry.RegistryParams;
import org.kalamela.adapters.rest.registry.masterdata.MasterDataDtos.CreateUnitNameRequest;
import org.kalamela.adapters.rest.registry.masterdata.MasterDataDtos.RenameRequest;
import org.kalamela.adapters.rest.registry.masterdata.MasterDataDtos.UnitNameDto;
import org.kalamela.adapters.rest.registry.masterdata.MasterDataDtos.UnitNameRowDto;
import org.kalamela.adapters.rest.shared.input.CsvTable;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.application.registry.unit.CreateUnitName;
import org.kalamela.application.registry.unit.DeactivateUnitName;
import org.kalamela.application.registry.unit.DeleteUnitName;
import org.kalamela.application.registry.unit.ImportUnitNames;
import org.kalamela.application.registry.unit.ListUnitNames;
import org.kalamela.application.registry.unit.ReactivateUnitName;
import org.kalamela.application.registry.unit.RenameUnitName;
import org.kalamela.application.registry.unit.ShowUnitName;
import org.kalamela.domain.shared.paging.PageRequest;

@Path("/api/v1/admin/unit-names")
@Tag(name = "Unit names", description = "Each district's units (master data)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class UnitNameResource {

    private final ListUnitNames list;
    private final CreateUnitName createUnitName;
    private final ShowUnitName showUnitName;
    private final RenameUnitName renameUnitName;
    private final DeactivateUnitName deactivateUnitName;
    private final ReactivateUnitName reactivateUnitName;
    private final DeleteUnitName deleteUnitName;
    private final ImportUnitNames importUnitNames;
    private final CurrentActor currentActor;

    @Inject
    public UnitNameResource(ListUnitNames list, CreateUnitName createUnitName, ShowUnitName showUnitName,
                            RenameUnitName renameUnitName, DeactivateUnitName deactivateUnitName,
                            ReactivateUnitName reactivateUnitName, DeleteUnitName deleteUnitName,
                            ImportUnitNames importUnitNames, CurrentActor currentActor) {
        this.list = list;
        this.createUnitName = createUnitName;
        this.showUnitName = showUnitName;
        this.renameUnitName = renameUnitName;
        this.deactivateUnitName = deactivateUnitName;
        this.reactivateUnitName = reactivateUnitName;
        this.deleteUnitName = deleteUnitName;
        this.importUnitNames = importUnitNames;
        this.currentActor = currentActor;
    }

    @GET
    @Operation(summary = "Unit names with their district and whether registered; filters districtId, active, "
            + "registered, name (part, any case); paged (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of unit names, by district then name")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId, page, size)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    public PageDto<UnitNameRowDto> list(@QueryParam("districtId") Long districtId,
                                        @QueryParam("active") Boolean active,
                                        @QueryParam("registered") Boolean registered,
                                        @QueryParam("name") String name, @QueryParam("page") Integer page,
                                        @QueryParam("size") Integer size) {
        var filter = new RegistryListReader.UnitNameFilter(RegistryParams.district(districtId, "districtId"), active,
                registered, RegistryParams.text(name));
        return PageDto.of(list.execute(filter, PageRequest.of(page, size), currentActor.get())
                .map(UnitNameRowDto::of));
    }

    @POST
    @Operation(summary = "Create a unit name in a district (ADMIN, audited)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId, name)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (district)")
    @APIResponse(responseCode = "409", description = "UNIT_NAME_TAKEN")
    public Response create(@Valid @NotNull CreateUnitNameRequest body) {
        UnitNameDto created = UnitNameDto.of(createUnitName.execute(new CreateUnitName.Command(
                RegistryParams.district(body.districtId(), "districtId"), body.name()), currentActor.get()));
        return Response.created(UriBuilder.fromPath("/api/v1/admin/unit-names/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A unit name with its district, active or not (ADMIN)")
    @APIResponse(responseCode = "200", description = "The unit name")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public UnitNameDto one(@PathParam("id") long id) {
        return UnitNameDto.of(showUnitName.execute(RegistryParams.unitPath(id), currentActor.get()));
    }

    @POST
    @Path("/{id}/rename")
    @Operation(summary = "Rename a unit (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The unit name")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (name)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "UNIT_NAME_TAKEN")
    public UnitNameDto rename(@PathParam("id") long id, @Valid @NotNull RenameRequest body) {
        return UnitNameDto.of(renameUnitName.execute(
                new RenameUnitName.Command(RegistryParams.unitPath(id), body.name()), currentActor.get()));
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(summary = "Deactivate a unit name: no longer offered for registration; a registered unit keeps "
            + "working (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The unit name")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public UnitNameDto deactivate(@PathParam("id") long id) {
        return UnitNameDto.of(deactivateUnitName.execute(RegistryParams.unitPath(id), currentActor.get()));
    }

    @POST
    @Path("/{id}/reactivate")
    @Operation(summary = "Reactivate a unit name (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The unit name")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public UnitNameDto reactivate(@PathParam("id") long id) {
        return UnitNameDto.of(reactivateUnitName.execute(RegistryParams.unitPath(id), currentActor.get()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a unit name that nothing refers to; a registered unit is deactivated instead "
            + "(ADMIN, audited)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "UNIT_HAS_DATA")
    public Response delete(@PathParam("id") long id) {
        deleteUnitName.execute(RegistryParams.unitPath(id), currentActor.get());
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes(DistrictResource.CSV)
    @Operation(summary = "Import unit names from CSV (district, unit): all rows or none; names that exist are "
            + "left as they are (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "How many were created and unchanged")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (file, rows[i].district, rows[i].unit; the "
            + "first 100 bad rows, badRows counts all), FILE_NOT_UTF8 (the same for both routes)")
    public ImportUnitNames.Result importCsv(byte[] csv) {
        return importText(CsvTable.decode(csv));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import unit names from a CSV file uploaded in the part named file (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "How many were created and unchanged")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (file, rows[i].…; the first 100 bad rows, "
            + "badRows counts all), FILE_NOT_UTF8")
    public ImportUnitNames.Result importFile(@RestForm("file") FileUpload file) {
        return importText(MasterDataCsv.text(file));
    }

    private ImportUnitNames.Result importText(String csv) {
        return importUnitNames.execute(new ImportUnitNames.Command(MasterDataCsv.unitNames(csv)), currentActor.get());
    }
}
