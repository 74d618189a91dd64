package org.kalamela.adapters.rest.identity;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.identity.account.AccountView;
import org.kalamela.application.identity.account.CreateDistrictOfficial;
import org.kalamela.application.identity.account.DeactivateDistrictOfficial;
import org.kalamela.application.identity.account.ListDistrictOfficials;
import org.kalamela.application.identity.account.ReactivateDistrictOfficial;
import org.kalamela.application.identity.account.ShowDistrictOfficial;
import org.kalamela.application.identity.account.StaffAccounts;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.PageRequest;

@Path("/api/v1/admin/district-officials")
@Tag(name = "District officials", description = "The accounts that register a district's entries and delegates")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class DistrictOfficialResource {

    private final CreateDistrictOfficial create;
    private final ListDistrictOfficials list;
    private final ShowDistrictOfficial showOfficial;
    private final DeactivateDistrictOfficial deactivate;
    private final ReactivateDistrictOfficial reactivate;
    private final CurrentActor currentActor;

    @Inject
    public DistrictOfficialResource(CreateDistrictOfficial create, ListDistrictOfficials list,
                                    ShowDistrictOfficial showOfficial, DeactivateDistrictOfficial deactivate,
                                    ReactivateDistrictOfficial reactivate, CurrentActor currentActor) {
        this.create = create;
        this.list = list;
        this.showOfficial = showOfficial;
        this.deactivate = deactivate;
        this.reactivate = reactivate;
        this.currentActor = currentActor;
    }

    public record CreateRequest(@NotNull Long districtId, @NotNull @Size(min = 1, max = 150) String displayName,
                                @Size(max = 64) String username, @Size(max = 254) String email,
                                @Size(max = 20) String phone, @NotNull StaffAccounts.Delivery delivery) {
    }

    // Native image: handed to JAX-RS inside a Response, so Quarkus cannot register it for Jackson itself.
    @RegisterForReflection(registerFullHierarchy = true)
    public record CreatedResponse(AccountView account, String oneTimePassword) {
    }

    @POST
    @Operation(summary = "Create the district official of a district: invitation mail or a one-time password (ADMIN)")
    @APIResponse(responseCode = "201", description = "Created; oneTimePassword is shown this once")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (district)")
    @APIResponse(responseCode = "409", description = "DISTRICT_OFFICIAL_EXISTS, USERNAME_IN_USE, EMAIL_IN_USE, "
            + "PHONE_IN_USE")
    public Response create(@Valid @NotNull CreateRequest body) {
        CreateDistrictOfficial.Created created = create.execute(new CreateDistrictOfficial.Command(districtField(body.districtId()),
                body.displayName(), body.username(), body.email(), body.phone(), body.delivery()), currentActor.get());
        return Response.created(UriBuilder.fromPath("/api/v1/admin/district-officials/{id}")
                        .build(created.account().id()))
                .entity(new CreatedResponse(created.account(), created.oneTimePassword().orElse(null)))
                .build();
    }

    @GET
    @Operation(summary = "District official accounts, optionally of one district (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of accounts")
    public PageDto<AccountView> list(@QueryParam("districtId") Long districtId, @QueryParam("page") Integer page,
                                     @QueryParam("size") Integer size) {
        return PageDto.of(list.execute(districtFilter(districtId),
                PageRequest.of(page, size), currentActor.get()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A district official's account (ADMIN)")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no district official with this id)")
    public AccountView one(@PathParam("id") long id) {
        return showOfficial.execute(accountPath(id), currentActor.get());
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(summary = "Deactivate a district official; their sessions end (ADMIN)")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public AccountView deactivate(@PathParam("id") long id) {
        return deactivate.execute(accountPath(id), currentActor.get());
    }

    @POST
    @Path("/{id}/reactivate")
    @Operation(summary = "Reactivate a district official (ADMIN)")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    @APIResponse(responseCode = "409", description = "DISTRICT_OFFICIAL_EXISTS")
    public AccountView reactivate(@PathParam("id") long id) {
        return reactivate.execute(accountPath(id), currentActor.get());
    }

    private static AccountId accountPath(long id) {
        return AccountParams.accountPath(id, "District official");
    }

    /** A body's district id; one no district can have is left out, for the command to report as missing. */
    private static DistrictId districtField(Long id) {
        return id == null || id <= 0 ? null : DistrictId.of(id);
    }

    private static DistrictId districtFilter(Long id) {
        if (id != null && id <= 0) {
            throw InvalidInput.field("districtId", "must be a positive id");
        }
        return id == null ? null : DistrictId.of(id);
    }
}
