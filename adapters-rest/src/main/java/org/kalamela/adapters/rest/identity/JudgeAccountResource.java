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
import org.kalamela.application.identity.account.CreateJudge;
import org.kalamela.application.identity.account.DeactivateJudge;
import org.kalamela.application.identity.account.ListJudges;
import org.kalamela.application.identity.account.ReactivateJudge;
import org.kalamela.application.identity.account.ShowJudge;
import org.kalamela.application.identity.account.StaffAccounts;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.paging.PageRequest;

/** The judges' accounts: the admin creates them (invitation or one-time password), lists and (de)activates them. */
@Path("/api/v1/admin/judges")
@Tag(name = "Judges", description = "The accounts of the judges who mark the events assigned to them")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class JudgeAccountResource {

    private final CreateJudge create;
    private final ListJudges list;
    private final ShowJudge showJudge;
    private final DeactivateJudge deactivate;
    private final ReactivateJudge reactivate;
    private final CurrentActor currentActor;

    @Inject
    public JudgeAccountResource(CreateJudge create, ListJudges list, ShowJudge showJudge, DeactivateJudge deactivate,
                                ReactivateJudge reactivate, CurrentActor currentActor) {
        this.create = create;
        this.list = list;
        this.showJudge = showJudge;
        this.deactivate = deactivate;
        this.reactivate = reactivate;
        this.currentActor = currentActor;
    }

    public record CreateJudgeRequest(@NotNull @Size(min = 1, max = 150) String displayName,
                                     @Size(max = 64) String username, @Size(max = 254) String email,
                                     @Size(max = 20) String phone, @NotNull StaffAccounts.Delivery delivery) {
    }

    // Native image: handed to JAX-RS inside a Response, so Quarkus cannot register it for Jackson itself.
    @RegisterForReflection(registerFullHierarchy = true)
    public record CreatedJudge(AccountView account, String oneTimePassword) {
    }

    @POST
    @Operation(summary = "Create a judge's account: invitation mail or a one-time password (ADMIN)")
    @APIResponse(responseCode = "201", description = "Created; oneTimePassword is shown this once")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED")
    @APIResponse(responseCode = "409", description = "USERNAME_IN_USE, EMAIL_IN_USE, PHONE_IN_USE")
    public Response create(@Valid @NotNull CreateJudgeRequest body) {
        CreateJudge.Created created = create.execute(new CreateJudge.Command(body.displayName(), body.username(),
                body.email(), body.phone(), body.delivery()), currentActor.get());
        return Response.created(UriBuilder.fromPath("/api/v1/admin/judges/{id}").build(created.account().id()))
                .entity(new CreatedJudge(created.account(), created.oneTimePassword().orElse(null)))
                .build();
    }

    @GET
    @Operation(summary = "The judges' accounts, active and inactive (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of accounts")
    public PageDto<AccountView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return PageDto.of(list.execute(PageRequest.of(page, size), currentActor.get()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A judge's account (ADMIN)")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no judge with this id)")
    public AccountView one(@PathParam("id") long id) {
        return showJudge.execute(accountPath(id), currentActor.get());
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(summary = "Deactivate a judge; their sessions end, they keep the panels they sit on (ADMIN)")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public AccountView deactivate(@PathParam("id") long id) {
        return deactivate.execute(accountPath(id), currentActor.get());
    }

    @POST
    @Path("/{id}/reactivate")
    @Operation(summary = "Reactivate a judge (ADMIN)")
    @APIResponse(responseCode = "200", description = "The account")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public AccountView reactivate(@PathParam("id") long id) {
        return reactivate.execute(accountPath(id), currentActor.get());
    }

    private static AccountId accountPath(long id) {
        return AccountParams.accountPath(id, "Judge");
    }
}
