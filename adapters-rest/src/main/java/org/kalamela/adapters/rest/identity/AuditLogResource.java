package org.kalamela.adapters.rest.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.kalamela.adapters.rest.shared.output.PageDto;
import org.kalamela.application.identity.audit.ListAuditLog;
import org.kalamela.domain.shared.audit.AuditFilter;
import org.kalamela.domain.shared.paging.PageRequest;

@Path("/api/v1/admin/audit-log")
@Tag(name = "Audit", description = "Who did what, when")
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

    private final ListAuditLog listAuditLog;
    private final CurrentActor currentActor;

    @Inject
    public AuditLogResource(ListAuditLog listAuditLog, CurrentActor currentActor) {
        this.listAuditLog = listAuditLog;
        this.currentActor = currentActor;
    }

    public record AuditEntryDto(long id, Long actorId, String actorName, String action, String targetType,
                                String targetId, Instant at, Map<String, String> details) {
    }

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "The audit log, newest first, filtered by actor name, action and time range (ADMIN)")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED (page, size, from/to)")
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED")
    @APIResponse(responseCode = "403", description = "FORBIDDEN")
    public PageDto<AuditEntryDto> list(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                       @QueryParam("from") Instant from, @QueryParam("to") Instant to,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        var result = listAuditLog.execute(new AuditFilter(blankToNull(actor), blankToNull(action), from, to),
                PageRequest.of(page, size), currentActor.get());
        return PageDto.of(result.map(r -> new AuditEntryDto(r.id(),
                r.entry().actorId() == null ? null : r.entry().actorId().value(), r.entry().actorName(),
                r.entry().action(), r.entry().targetType(), r.entry().targetId(), r.entry().at(),
                r.entry().details())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
