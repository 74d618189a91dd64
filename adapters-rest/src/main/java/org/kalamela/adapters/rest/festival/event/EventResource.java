package org.kalamela.adapters.rest.festival.event;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.festival.FestivalParams;
import org.kalamela.adapters.rest.festival.event.EventDtos.EventDto;
import org.kalamela.adapters.rest.festival.event.EventDtos.EventRequest;
import org.kalamela.adapters.rest.festival.event.EventDtos.GroupEventPatchRequest;
import org.kalamela.adapters.rest.festival.event.EventDtos.GroupEventRequest;
import org.kalamela.adapters.rest.festival.event.EventDtos.ImportResultDto;
import org.kalamela.adapters.rest.festival.event.EventDtos.IndividualEventPatchRequest;
import org.kalamela.adapters.rest.festival.event.EventDtos.IndividualEventRequest;
import org.kalamela.adapters.rest.identity.CurrentActor;
import org.kalamela.adapters.rest.shared.input.CsvTable;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.festival.event.CreateEvent;
import org.kalamela.application.festival.event.DeleteEvent;
import org.kalamela.application.festival.event.EditEvent;
import org.kalamela.application.festival.event.EventForm;
import org.kalamela.application.festival.event.EventPatch;
import org.kalamela.application.festival.event.ImportEvents;
import org.kalamela.application.festival.event.ListEvents;
import org.kalamela.application.festival.event.PatchEvent;
import org.kalamela.application.festival.event.ShowEvent;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.validation.Validation;

/** The events of an edition: individual and group, created one by one or imported from a CSV file. */
@Path("/api/v1/kalamela/events")
@Tag(name = "Kalamela events", description = "Individual and group events of an edition")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class EventResource {

    static final String CSV = "text/csv";

    private final ListEvents list;
    private final ShowEvent showEvent;
    private final CreateEvent create;
    private final EditEvent edit;
    private final PatchEvent patchEvent;
    private final DeleteEvent delete;
    private final ImportEvents importEvents;
    private final CurrentActor currentActor;

    @Inject
    public EventResource(ListEvents list, ShowEvent showEvent, CreateEvent create, EditEvent edit,
                         PatchEvent patchEvent, DeleteEvent delete, ImportEvents importEvents,
                         CurrentActor currentActor) {
        this.list = list;
        this.showEvent = showEvent;
        this.create = create;
        this.edit = edit;
        this.patchEvent = patchEvent;
        this.delete = delete;
        this.importEvents = importEvents;
        this.currentActor = currentActor;
    }

    @GET
    @Operation(summary = "The events of an edition (edition: a year; absent: the current one), active or not, in "
            + "the order they were added; paged (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, page, size)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition), NO_CURRENT_EDITION")
    public PageDto<EventDto> list(@QueryParam("edition") Integer edition, @QueryParam("page") Integer page,
                                  @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        return PageDto.of(list.execute(FestivalParams.edition(edition, "edition"), request, currentActor.get())
                .map(EventDto::of));
    }

    @POST
    @Path("/individual")
    @Operation(summary = "Add an individual event to an edition (ADMIN, audited)")
    @APIResponse(responseCode = "201", description = "Created, with its short code")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, name, category, gender, seniority, "
            + "shortCode)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition)")
    @APIResponse(responseCode = "409", description = "EVENT_NAME_TAKEN, SHORT_CODE_TAKEN")
    public Response createIndividual(@Valid @NotNull IndividualEventRequest body) {
        Validation errors = new Validation();
        EventForm form = body.form(errors);
        return created(body.edition(), form, errors);
    }

    @POST
    @Path("/group")
    @Operation(summary = "Add a group event to an edition, with its team size range and teams per unit (ADMIN, "
            + "audited)")
    @APIResponse(responseCode = "201", description = "Created, with its short code")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, name, category, gender, seniority, "
            + "shortCode, minTeamSize, maxTeamSize, teamsPerUnit)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition)")
    @APIResponse(responseCode = "409", description = "EVENT_NAME_TAKEN, SHORT_CODE_TAKEN")
    public Response createGroup(@Valid @NotNull GroupEventRequest body) {
        Validation errors = new Validation();
        EventForm form = body.form(errors);
        return created(body.edition(), form, errors);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An event, individual or group (ADMIN)")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event)")
    public EventDto one(@PathParam("id") long id) {
        return EventDto.of(showEvent.execute(FestivalParams.eventPath(id), currentActor.get()));
    }

    @PATCH
    @Path("/individual/{id}")
    @Operation(summary = "Change some fields of an individual event: only the fields sent change (gender or "
            + "seniority sent as null lift the restriction); an event with entries keeps its short code (ADMIN, "
            + "audited)")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (name, category, gender, seniority, "
            + "shortCode), UNKNOWN_FIELD (e.g. a team field)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no individual event with this id)")
    @APIResponse(responseCode = "409", description = "EVENT_NAME_TAKEN, SHORT_CODE_TAKEN, SHORT_CODE_IN_USE")
    public EventDto patchIndividual(@PathParam("id") long id, @NotNull IndividualEventPatchRequest body) {
        return patch(id, EventKind.INDIVIDUAL, body::patch);
    }

    @PATCH
    @Path("/group/{id}")
    @Operation(summary = "Change some fields of a group event, team size range and teams per unit included: only "
            + "the fields sent change (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (name, category, gender, seniority, "
            + "shortCode, minTeamSize, maxTeamSize, teamsPerUnit), UNKNOWN_FIELD")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (no group event with this id)")
    @APIResponse(responseCode = "409", description = "EVENT_NAME_TAKEN, SHORT_CODE_TAKEN, SHORT_CODE_IN_USE")
    public EventDto patchGroup(@PathParam("id") long id, @NotNull GroupEventPatchRequest body) {
        return patch(id, EventKind.GROUP, body::patch);
    }

    private EventDto patch(long id, EventKind kind, Function<Validation, EventPatch> read) {
        Validation errors = new Validation();
        EventPatch patch = read.apply(errors);
        errors.throwIfInvalid();
        return EventDto.of(patchEvent.execute(FestivalParams.eventPath(id), kind, patch, currentActor.get()));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace an event's fields: name, kind, category, restrictions, flags, team format, short "
            + "code (blank keeps it); the one way to change an event's kind; an event with entries keeps its kind "
            + "and short code (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (name, kind, category, gender, seniority, "
            + "shortCode, minTeamSize, maxTeamSize, teamsPerUnit)")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event)")
    @APIResponse(responseCode = "409", description = "EVENT_NAME_TAKEN, SHORT_CODE_TAKEN, EVENT_HAS_ENTRIES (kind), "
            + "SHORT_CODE_IN_USE")
    public EventDto edit(@PathParam("id") long id, @Valid @NotNull EventRequest body) {
        Validation errors = new Validation();
        EventForm form = body.form(errors);
        errors.throwIfInvalid();
        return EventDto.of(edit.execute(new EditEvent.Command(FestivalParams.eventPath(id), form), currentActor.get()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an event nobody is entered in; one with entries is deactivated instead (ADMIN, "
            + "audited)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (event)")
    @APIResponse(responseCode = "409", description = "EVENT_HAS_ENTRIES")
    public Response delete(@PathParam("id") long id) {
        delete.execute(FestivalParams.eventPath(id), currentActor.get());
        return Response.noContent().build();
    }

    @POST
    @Path("/import")
    @Consumes(CSV)
    @Operation(summary = "Import an edition's events from CSV in the shape of data/kalamela-events.csv (kind, name, "
            + "category, mandatory, gender, seniority, min_team_size, max_team_size, teams_per_unit): all rows or "
            + "none; short codes are the initials, made unique in file order. inferRestrictions=true guesses a "
            + "blank gender or seniority from the name (boys/girls, junior/jr, senior/sr) (ADMIN, audited)")
    @APIResponse(responseCode = "200", description = "The imported events with their short codes")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (edition, file, rows), "
            + "EVENT_IMPORT_INVALID (rows[line].field for every bad cell of the first 100 bad rows, badRows counts "
            + "all; line is the line of the file, the header being line 1), FILE_NOT_UTF8")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    @APIResponse(responseCode = "404", description = "NOT_FOUND (edition)")
    public ImportResultDto importCsv(@QueryParam("edition") Integer edition,
                                     @QueryParam("inferRestrictions") Boolean inferRestrictions, byte[] csv) {
        List<FestivalEvent> imported = importEvents.execute(new ImportEvents.Command(
                FestivalParams.edition(edition, "edition"), EventsCsv.rows(CsvTable.decode(csv)),
                Boolean.TRUE.equals(inferRestrictions)), currentActor.get());
        return ImportResultDto.of(imported);
    }

    private Response created(Integer edition, EventForm form, Validation errors) {
        errors.throwIfInvalid();
        EventDto event = EventDto.of(create.execute(
                new CreateEvent.Command(FestivalParams.edition(edition, "edition"), form), currentActor.get()));
        return Response.created(UriBuilder.fromPath("/api/v1/kalamela/events/{id}").build(event.id()))
                .entity(event).build();
    }
}
