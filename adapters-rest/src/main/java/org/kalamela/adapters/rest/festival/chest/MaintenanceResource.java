package org.kalamela.adapters.rest.festival.chest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.chest.AssignChestNumbers;
import org.kalamela.application.festival.chest.AssignedChestNumber;
import org.kalamela.domain.festival.edition.Seniority;

/** Maintenance jobs the admin starts over HTTP; each also runs from the command line (docs/operations.md). */
@Path("/api/v1/maintenance")
@Tag(name = "Maintenance", description = "Idempotent jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class MaintenanceResource {

    private final AssignChestNumbers assignChestNumbers;
    private final CurrentActor currentActor;

    @Inject
    public MaintenanceResource(AssignChestNumbers assignChestNumbers, CurrentActor currentActor) {
        this.assignChestNumbers = assignChestNumbers;
        this.currentActor = currentActor;
    }

    @Schema(name = "AssignedChestNumbers", description = "How many members were numbered, and their numbers")
    public record AssignedDto(int assigned, List<Assigned> chestNumbers) {

        @Schema(name = "AssignedChestNumber")
        public record Assigned(long memberId, Seniority seniority, int chestNumber) {
        }

        static AssignedDto of(List<AssignedChestNumber> assigned) {
            return new AssignedDto(assigned.size(), assigned.stream()
                    .map(a -> new Assigned(a.memberId().value(), a.seniority(), a.chestNumber().value())).toList());
        }
    }

    @POST
    @Path("/assign-chest-numbers")
    @Operation(summary = "Give a chest number to every member with individual entries but none (entries imported "
            + "from the old app), in the order district, unit, member name; idempotent: a second run numbers "
            + "nobody; all or nothing (edition: a year; absent: the current one) (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The numbers given")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "CHEST_NUMBER_SERIES_EXHAUSTED (nothing was numbered: widen the "
            + "series and run it again)")
    public AssignedDto assignChestNumbers(@QueryParam("edition") Integer edition) {
        return AssignedDto.of(assignChestNumbers.execute(FestivalParams.edition(edition, "edition"),
                currentActor.get()));
    }
}
