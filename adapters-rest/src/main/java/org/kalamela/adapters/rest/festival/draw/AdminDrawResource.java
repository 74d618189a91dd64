package org.kalamela.adapters.rest.festival.draw;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.festival.draw.DrawDtos.DrawDto;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.application.festival.draw.DrawOrderOfAppearance;
import org.kalamela.application.festival.draw.ShowDraw;

/** The admin's draw of an event's order of appearance. */
@Path("/api/v1/kalamela/admin/events/{id}/draw")
@Tag(name = "Kalamela draw", description = "The order of appearance of an event and its code letters")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class AdminDrawResource {

    private final DrawOrderOfAppearance drawOrder;
    private final ShowDraw showDraw;
    private final CurrentActor currentActor;

    @Inject
    public AdminDrawResource(DrawOrderOfAppearance drawOrder, ShowDraw showDraw, CurrentActor currentActor) {
        this.drawOrder = drawOrder;
        this.showDraw = showDraw;
        this.currentActor = currentActor;
    }

    @POST
    @Operation(summary = "Draw the order of appearance of an event of the current edition: its entries (or teams) "
            + "shuffled from a fresh secure seed, recorded so the draw can be replayed, and lettered A, B, ... Z, "
            + "AA, ...; drawing again replaces the draw until the first mark (ADMIN, audited with the seed)")
    @APIResponse(responseCode = "200", description = "The new draw")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event), NO_CURRENT_EDITION")
    @APIResponse(responseCode = "409", description = "DRAW_BEFORE_REGISTRATION_CLOSED, DRAW_LOCKED, NOTHING_TO_DRAW")
    public DrawDto draw(@PathParam("id") long id) {
        return DrawDto.of(drawOrder.execute(FestivalParams.eventPath(id), currentActor.get()));
    }

    @GET
    @Operation(summary = "An event's order of appearance: place, code letter, chest number or team code, names, "
            + "unit and district, with the seed; drawn false and no places before the draw (ADMIN)")
    @APIResponse(responseCode = "200", description = "The draw")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event), NO_CURRENT_EDITION")
    public DrawDto show(@PathParam("id") long id) {
        return DrawDto.of(showDraw.execute(FestivalParams.eventPath(id), currentActor.get()));
    }
}
