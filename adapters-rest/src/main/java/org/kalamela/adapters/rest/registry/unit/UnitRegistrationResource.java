package org.kalamela.adapters.rest.registry.unit;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.registry.RegistryParams;
import org.kalamela.adapters.rest.registry.masterdata.MasterDataDtos.DistrictDto;
import org.kalamela.adapters.rest.registry.masterdata.MasterDataDtos.UnitNameDto;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.adapters.rest.shared.ratelimit.RateLimited;
import org.kalamela.application.registry.district.ListActiveDistricts;
import org.kalamela.application.registry.registration.RegisterUnit;
import org.kalamela.application.registry.unit.ListActiveUnitNames;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/** The public side of the registry: the registration form's choices and the unit's self-registration. */
@Path("/api/v1/auth")
@Tag(name = "Unit registration", description = "A unit registers itself and gets its account")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UnitRegistrationResource {

    private final RegisterUnit registerUnit;
    private final ListActiveDistricts listDistricts;
    private final ListActiveUnitNames listUnitNames;

    @Inject
    public UnitRegistrationResource(RegisterUnit registerUnit, ListActiveDistricts listDistricts,
                                    ListActiveUnitNames listUnitNames) {
        this.registerUnit = registerUnit;
        this.listDistricts = listDistricts;
        this.listUnitNames = listUnitNames;
    }

    @Schema(name = "RegisterUnitRequest")
    public record RegisterUnitRequest(Long districtId, Long unitId,
                                      @Schema(description = "10-digit mobile number, optionally with +91") String phone,
                                      String email, @Size(max = 1024) String password) {
    }

    @Schema(name = "RegisteredUnit", description = "username is the registration number: the unit signs in with it")
    // Native image: handed to JAX-RS inside a Response, so Quarkus cannot register it for Jackson itself.
    @RegisterForReflection(registerFullHierarchy = true)
    public record RegisteredUnitDto(long unitId, long accountId, String registrationNumber, String username,
                                    RegistrationStatus status) {
    }

    @POST
    @Path("/register-unit")
    @PermitAll
    @RateLimited("register-unit")
    @Operation(summary = "A unit registers itself: creates its account, whose username is a new registration "
            + "number (public, rate limited)")
    @APIResponse(responseCode = "201", description = "Registered; status REGISTRATION_STARTED")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId, unitId, phone, email, password), "
            + "WEAK_PASSWORD, MALFORMED_BODY, UNKNOWN_FIELD")
    @APIResponse(responseCode = "409", description = "UNIT_ALREADY_REGISTERED, PHONE_IN_USE, EMAIL_IN_USE")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED (with Retry-After)")
    public Response register(@Valid @NotNull RegisterUnitRequest body) {
        RegisterUnit.Result result = registerUnit.execute(new RegisterUnit.Command(
                RegistryParams.district(body.districtId(), "districtId"), RegistryParams.unit(body.unitId(), "unitId"),
                body.phone(), body.email(), body.password()));
        return Response.created(UriBuilder.fromPath("/api/v1/unit/record").build())
                .entity(new RegisteredUnitDto(result.unitId().value(), result.accountId().value(),
                        result.registrationNumber(), result.registrationNumber(), result.status()))
                .build();
    }

    @GET
    @Path("/districts")
    @PermitAll
    @Operation(summary = "The active districts, ordered by name, for the registration form; paged (public)")
    @APIResponse(responseCode = "200", description = "A page of districts")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (page, size)")
    public PageDto<DistrictDto> districts(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return PageDto.of(Page.slice(listDistricts.execute(), request).map(DistrictDto::of));
    }

    @GET
    @Path("/unit-names")
    @PermitAll
    @Operation(summary = "The active unit names of an active district, ordered by name, for the registration form "
            + "; paged (public)")
    @APIResponse(responseCode = "200", description = "A page of unit names")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (districtId, page, size)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no such active district)")
    public PageDto<UnitNameDto> unitNames(@QueryParam("districtId") Long districtId,
                                          @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        if (districtId == null) {
            throw InvalidInput.field("districtId", "is required");
        }
        PageRequest request = PageRequest.of(page, size);
        return PageDto.of(Page.slice(listUnitNames.execute(RegistryParams.district(districtId, "districtId")),
                request).map(UnitNameDto::of));
    }
}
