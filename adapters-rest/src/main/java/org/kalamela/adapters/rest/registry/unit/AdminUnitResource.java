package org.kalamela.adapters.rest.registry.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.registry.RegistryParams;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.RegistrationDto;
import org.kalamela.adapters.rest.registry.unit.UnitDtos.ReturnRequest;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.application.registry.query.UnitRow;
import org.kalamela.application.registry.registration.ApproveRegistration;
import org.kalamela.application.registry.registration.ReturnRegistration;
import org.kalamela.application.registry.unit.ListUnits;
import org.kalamela.application.registry.unit.ViewUnitRecord;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.paging.PageRequest;

/** The admin's view of registered units, and the review of their registrations. */
@Path("/api/v1/admin/units")
@Tag(name = "Units (admin)", description = "Registered units, their records and the review of registrations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminUnitResource {

    private final ListUnits listUnits;
    private final ViewUnitRecord viewRecord;
    private final ApproveRegistration approve;
    private final ReturnRegistration returnForChanges;
    private final CurrentActor currentActor;

    @Inject
    public AdminUnitResource(ListUnits listUnits, ViewUnitRecord viewRecord, ApproveRegistration approve,
                             ReturnRegistration returnForChanges, CurrentActor currentActor) {
        this.listUnits = listUnits;
        this.viewRecord = viewRecord;
        this.approve = approve;
        this.returnForChanges = returnForChanges;
        this.currentActor = currentActor;
    }

    @Schema(name = "UnitRow")
    public record UnitRowDto(long unitId, String unitName, long districtId, String districtName,
                             String registrationNumber, RegistrationStatus status, long memberCount,
                             Instant registeredAt) {

        static UnitRowDto of(UnitRow r) {
            return new UnitRowDto(r.unitId().value(), r.unitName(), r.districtId().value(), r.districtName(),
                    r.registrationNumber(), r.status(), r.memberCount(), r.registeredAt());
        }
    }

    @GET
    @Operation(summary = "Registered units with status, number and member count; filters districtId, status, name "
            + "(part, any case); paged (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of units, by district then name")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId, status, page, size)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    public PageDto<UnitRowDto> list(@QueryParam("districtId") Long districtId, @QueryParam("status") String status,
                                    @QueryParam("name") String name, @QueryParam("page") Integer page,
                                    @QueryParam("size") Integer size) {
        var filter = new RegistryListReader.UnitFilter(RegistryParams.district(districtId, "districtId"),
                RegistryParams.status(status), RegistryParams.text(name));
        return PageDto.of(listUnits.execute(filter, PageRequest.of(page, size), currentActor.get())
                .map(UnitRowDto::of));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A unit's whole record: details, officials, councilors, members with ages (ADMIN)")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no registered unit with this id)")
    public UnitRecordDto record(@PathParam("id") long id) {
        return UnitRecordDto.of(viewRecord.execute(RegistryParams.unitPath(id), currentActor.get()));
    }

    @GET
    @Path("/{id}/registration-form")
    @Operation(summary = "A unit's printable registration form, as JSON (ADMIN)")
    @APIResponse(responseCode = "200", description = "The form")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public RegistrationFormDto registrationForm(@PathParam("id") long id) {
        return RegistrationFormDto.of(viewRecord.execute(RegistryParams.unitPath(id), currentActor.get()));
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve a submitted registration (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The registration, now APPROVED")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ILLEGAL_REGISTRATION_TRANSITION (not SUBMITTED)")
    public RegistrationDto approve(@PathParam("id") long id) {
        return RegistrationDto.of(approve.execute(RegistryParams.unitPath(id), currentActor.get()));
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "Return a submitted registration to the unit with a reason, to fix and resubmit (ADMIN, "
            + "audited)")
    @APIResponse(responseCode = "200", description = "The registration, now RETURNED with the reason")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (reason: required, at most 1000 characters)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "ILLEGAL_REGISTRATION_TRANSITION (not SUBMITTED)")
    public RegistrationDto returnForChanges(@PathParam("id") long id, @Valid @NotNull ReturnRequest body) {
        return RegistrationDto.of(returnForChanges.execute(
                new ReturnRegistration.Command(RegistryParams.unitPath(id), body.reason()), currentActor.get()));
    }
}
