package org.kalamela.adapters.rest.registry.masterdata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.kalamela.adapters.rest.registry.masterdata.MasterDataDtos.ConferenceLimitsRequest;
import org.kalamela.adapters.rest.registry.masterdata.MasterDataDtos.CreateDistrictRequest;
import org.kalamela.adapters.rest.registry.masterdata.MasterDataDtos.DistrictDto;
import org.kalamela.adapters.rest.registry.masterdata.MasterDataDtos.RenameRequest;
import org.kalamela.adapters.rest.shared.input.CsvTable;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.registry.district.ChangeConferenceLimits;
import org.kalamela.application.registry.district.CreateDistrict;
import org.kalamela.application.registry.district.DeactivateDistrict;
import org.kalamela.application.registry.district.DeleteDistrict;
import org.kalamela.application.registry.district.ImportDistricts;
import org.kalamela.application.registry.district.ListDistricts;
import org.kalamela.application.registry.district.ReactivateDistrict;
import org.kalamela.application.registry.district.RenameDistrict;
import org.kalamela.application.registry.district.ShowDistrict;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

@Path("/api/v1/admin/districts")
@Tag(name = "Districts", description = "The clergy districts (master data)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class DistrictResource {

    static final String CSV = "text/csv";

    private final ListDistricts list;
    private final CreateDistrict createDistrict;
    private final ShowDistrict showDistrict;
    private final RenameDistrict renameDistrict;
    private final ChangeConferenceLimits changeConferenceLimits;
    private final DeactivateDistrict deactivateDistrict;
    private final ReactivateDistrict reactivateDistrict;
    private final DeleteDistrict deleteDistrict;
    private final ImportDistricts importDistricts;
    private final CurrentActor currentActor;

    @Inject
    public DistrictResource(ListDistricts list, CreateDistrict createDistrict, ShowDistrict showDistrict,
                            RenameDistrict renameDistrict, ChangeConferenceLimits changeConferenceLimits,
                            DeactivateDistrict deactivateDistrict, ReactivateDistrict reactivateDistrict,
                            DeleteDistrict deleteDistrict, ImportDistricts importDistricts,
                            CurrentActor currentActor) {
        this.list = list;
        this.createDistrict = createDistrict;
        this.showDistrict = showDistrict;
        this.renameDistrict = renameDistrict;
        this.changeConferenceLimits = changeConferenceLimits;
        this.deactivateDistrict = deactivateDistrict;
        this.reactivateDistrict = reactivateDistrict;
        this.deleteDistrict = deleteDistrict;
        this.importDistricts = importDistricts;
        this.currentActor = currentActor;
    }

    @GET
    @Operation(summary = "Every district, active or not, ordered by name; paged (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of districts")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (page, size)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    public PageDto<DistrictDto> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return PageDto.of(Page.slice(list.execute(currentActor.get()), request).map(DistrictDto::of));
    }

    @POST
    @Operation(summary = "Create a district; conference limits not given are 0 (ADMIN, audited)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (name, conferenceOfficialLimit, "
            + "conferenceMemberLimit)")
    @APIResponse(responseCode = "409", description = "DISTRICT_NAME_TAKEN")
    public Response create(@Valid @NotNull CreateDistrictRequest body) {
        DistrictDto created = DistrictDto.of(createDistrict.execute(new CreateDistrict.Command(body.name(),
                body.conferenceOfficialLimit(), body.conferenceMemberLimit()), currentActor.get()));
        return Response.created(UriBuilder.fromPath("/api/v1/admin/districts/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A district, active or not (ADMIN)")
    @APIResponse(responseCode = "200", description = "The district")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public DistrictDto one(@PathParam("id") long id) {
        return DistrictDto.of(showDistrict.execute(RegistryParams.districtPath(id), currentActor.get()));
    }

    @POST
    @Path("/{id}/rename")
    @Operation(summary = "Rename a district (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The district")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (name)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "DISTRICT_NAME_TAKEN")
    public DistrictDto rename(@PathParam("id") long id, @Valid @NotNull RenameRequest body) {
        return DistrictDto.of(renameDistrict.execute(
                new RenameDistrict.Command(RegistryParams.districtPath(id), body.name()), currentActor.get()));
    }

    @PUT
    @Path("/{id}/conference-limits")
    @Operation(summary = "Set how many officials and members the district may send to a conference (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The district")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (conferenceOfficialLimit, "
            + "conferenceMemberLimit)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public DistrictDto conferenceLimits(@PathParam("id") long id, @Valid @NotNull ConferenceLimitsRequest body) {
        return DistrictDto.of(changeConferenceLimits.execute(new ChangeConferenceLimits.Command(
                RegistryParams.districtPath(id), body.conferenceOfficialLimit(), body.conferenceMemberLimit()),
                currentActor.get()));
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(summary = "Deactivate a district: it keeps its data and takes no new registrations (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The district")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public DistrictDto deactivate(@PathParam("id") long id) {
        return DistrictDto.of(deactivateDistrict.execute(RegistryParams.districtPath(id), currentActor.get()));
    }

    @POST
    @Path("/{id}/reactivate")
    @Operation(summary = "Reactivate a district (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The district")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public DistrictDto reactivate(@PathParam("id") long id) {
        return DistrictDto.of(reactivateDistrict.execute(RegistryParams.districtPath(id), currentActor.get()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a district that nothing refers to; one with data is deactivated instead (ADMIN, "
            + "audited)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "DISTRICT_HAS_DATA")
    public Response delete(@PathParam("id") long id) {
        deleteDistrict.execute(RegistryParams.districtPath(id), currentActor.get());
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes(CSV)
    @Operation(summary = "Import districts from CSV (district, conference_official_limit, conference_member_limit): "
            + "all rows or none; existing districts take the row's limits (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "How many were created, updated and unchanged")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (file, rows[i].name, "
            + "rows[i].conferenceOfficialLimit, rows[i].conferenceMemberLimit; the first 100 bad rows, badRows counts "
            + "all), FILE_NOT_UTF8 (the same for both routes)")
    public ImportDistricts.Result importCsv(byte[] csv) {
        return importText(CsvTable.decode(csv));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import districts from a CSV file uploaded in the part named file (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "How many were created, updated and unchanged")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (file, rows[i].…; the first 100 bad rows, "
            + "badRows counts all), FILE_NOT_UTF8")
    public ImportDistricts.Result importFile(@RestForm("file") FileUpload file) {
        return importText(MasterDataCsv.text(file));
    }

    private ImportDistricts.Result importText(String csv) {
        return importDistricts.execute(new ImportDistricts.Command(MasterDataCsv.districts(csv)), currentActor.get());
    }
}
