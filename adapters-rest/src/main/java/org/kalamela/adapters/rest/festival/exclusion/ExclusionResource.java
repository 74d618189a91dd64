package org.kalamela.adapters.rest.festival.exclusion;

import io.quarkus.runtime.annotations.RegisterForReflection;
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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.festival.exclusion.ExcludeMember;
import org.kalamela.application.festival.exclusion.ListExclusions;
import org.kalamela.application.festival.exclusion.ReincludeMember;
import org.kalamela.application.festival.exclusion.ShowExclusion;
import org.kalamela.application.festival.query.ExclusionRow;
import org.kalamela.domain.festival.exclusion.Exclusion;
import org.kalamela.domain.shared.paging.PageRequest;

/** Members the admin excludes from the current edition's events, and their re-inclusion. */
@Path("/api/v1/kalamela/exclusions")
@Tag(name = "Kalamela exclusions", description = "Members excluded from an edition's events")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class ExclusionResource {

    private final ExcludeMember exclude;
    private final ReincludeMember reinclude;
    private final ListExclusions list;
    private final ShowExclusion showExclusion;
    private final CurrentActor currentActor;

    @Inject
    public ExclusionResource(ExcludeMember exclude, ReincludeMember reinclude, ListExclusions list,
                             ShowExclusion showExclusion, CurrentActor currentActor) {
        this.exclude = exclude;
        this.reinclude = reinclude;
        this.list = list;
        this.showExclusion = showExclusion;
        this.currentActor = currentActor;
    }

    @Schema(name = "ExclusionRequest", description = "The member and the reason (required, at most 500 characters)")
    public record ExclusionRequest(Long memberId, String reason) {
    }

    @Schema(name = "Exclusion")
    // Native image: handed to JAX-RS inside a Response, so Quarkus cannot register it for Jackson itself.
    @RegisterForReflection(registerFullHierarchy = true)
    public record ExclusionDto(long id, int edition, long memberId, String reason, long excludedBy,
                               Instant excludedAt) {

        static ExclusionDto of(Exclusion e) {
            return new ExclusionDto(e.id().value(), e.edition().value(), e.memberId().value(), e.reason(),
                    e.excludedBy().value(), e.excludedAt());
        }
    }

    @Schema(name = "ExclusionRow")
    public record ExclusionRowDto(long id, long memberId, String memberName, String unitName, String districtName,
                                  String reason, Instant excludedAt) {

        static ExclusionRowDto of(ExclusionRow r) {
            return new ExclusionRowDto(r.id().value(), r.memberId().value(), r.memberName(), r.unitName(),
                    r.districtName(), r.reason(), r.excludedAt());
        }
    }

    @GET
    @Operation(summary = "The members excluded from an edition (edition: a year; absent: the current one), by "
            + "district, unit and name; paged (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of exclusions")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, page, size)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition), NO_CURRENT_EDITION")
    public PageDto<ExclusionRowDto> list(@QueryParam("edition") Integer edition, @QueryParam("page") Integer page,
                                         @QueryParam("size") Integer size) {
        return PageDto.of(list.execute(FestivalParams.edition(edition, "edition"), PageRequest.of(page, size),
                currentActor.get()).map(ExclusionRowDto::of));
    }

    @POST
    @Operation(summary = "Exclude a member from the current edition with a reason: they can no longer be entered "
            + "in any event or team; entries made before stay until removed (ADMIN, audited)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (memberId, reason)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (member), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "ALREADY_EXCLUDED")
    public Response exclude(@Valid @NotNull ExclusionRequest body) {
        ExclusionDto created = ExclusionDto.of(exclude.execute(new ExcludeMember.Command(
                FestivalParams.member(body.memberId(), "memberId"), body.reason()), currentActor.get()));
        return Response.created(UriBuilder.fromPath("/api/v1/kalamela/exclusions/{id}").build(created.id()))
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An exclusion with its member, edition and reason (ADMIN)")
    @APIResponse(responseCode = "200", description = "The exclusion")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND")
    public ExclusionDto one(@PathParam("id") long id) {
        return ExclusionDto.of(showExclusion.execute(FestivalParams.exclusionPath(id), currentActor.get()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "End an exclusion: the member may be entered again (ADMIN, audited)")
    @APIResponse(responseCode = "204", description = "Re-included")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (exclusion)")
    public Response reinclude(@PathParam("id") long id) {
        reinclude.execute(FestivalParams.exclusionPath(id), currentActor.get());
        return Response.noContent().build();
    }
}
