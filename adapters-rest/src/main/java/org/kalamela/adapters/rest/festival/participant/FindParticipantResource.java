package org.kalamela.adapters.rest.festival.participant;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.participant.ParticipantDtos.FindParticipantRequest;
import org.kalamela.adapters.rest.festival.participant.ParticipantDtos.ParticipantDto;
import org.kalamela.adapters.rest.shared.ratelimit.RateLimited;
import org.kalamela.application.festival.participant.FindParticipant;

/** The public find-participant: who wears a chest number, which team has a code. */
@Path("/api/v1/kalamela/find-participant")
@Tag(name = "Kalamela results", description = "Published results, championships, titles and participants (public)")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FindParticipantResource {

    private final FindParticipant find;

    @Inject
    public FindParticipantResource(FindParticipant find) {
        this.find = find;
    }

    @POST
    @PermitAll
    @RateLimited("find-participant")
    @Operation(summary = "Find a participant of the current edition by chest number or team code: name(s), unit, "
            + "district and events, never a phone number or date of birth (public, rate limited)")
    @APIResponse(responseCode = "200", description = "The participant")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (chestNumber, teamCode: exactly one, "
            + "a positive number or a code like GS-1)")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (nobody in the current edition holds it, or no "
            + "edition is current)")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED (with Retry-After)")
    public ParticipantDto find(@Valid @NotNull FindParticipantRequest body) {
        return ParticipantDto.of(find.execute(body.toQuery()));
    }
}
