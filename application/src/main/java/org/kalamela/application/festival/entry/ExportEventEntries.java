package org.kalamela.application.festival.entry;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.export.AuditedExport;
import org.kalamela.application.export.ColumnSpec;
import org.kalamela.application.export.SheetSpec;
import org.kalamela.application.export.Spreadsheet;
import org.kalamela.application.festival.edition.CurrentEdition;
import org.kalamela.application.festival.event.EventLookup;
import org.kalamela.application.festival.query.EntryExportFilter;
import org.kalamela.application.festival.query.EntryExportReader;
import org.kalamela.application.festival.query.EventEntryExportRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.eligibility.FestivalMemberDirectory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * The admin exports the events data: per event, each participant with their chest number (individual
 * events) or team code (group events, a line per team member), name, unit and district; optionally for one
 * district and/or one event. Two sheets, individual and group, streamed from the read port into the
 * caller's stream. Audited before anything is written.
 */
@UseCase
public class ExportEventEntries {

    private final EntryExportReader rows;
    private final AuditedExport exports;
    private final CurrentEdition editions;
    private final EventLookup events;
    private final FestivalMemberDirectory members;

    @Inject
    public ExportEventEntries(EntryExportReader rows, AuditedExport exports, CurrentEdition editions,
                              EventLookup events, FestivalMemberDirectory members) {
        this.rows = rows;
        this.exports = exports;
        this.editions = editions;
        this.events = events;
        this.members = members;
    }

    /** What to export; every field is optional (edition null: the current one). */
    public record Command(EditionYear edition, DistrictId districtId, EventId eventId) {
    }

    /** A file name without extension that says what the file holds, e.g. {@code events-2026-district-3}. */
    public static String fileName(EditionYear edition, Command command) {
        return "events-" + edition
                + (command.districtId() == null ? "" : "-district-" + command.districtId())
                + (command.eventId() == null ? "" : "-event-" + command.eventId());
    }

    /** @throws NotFound for a district that does not exist or an event of another edition */
    @Transactional
    public void execute(Command command, Actor actor, OutputStream out) {
        actor.require(Role.ADMIN);
        EditionYear edition = editions.orCurrent(command.edition()).year();
        if (command.eventId() != null) {
            events.require(command.eventId(), edition);
        }
        if (command.districtId() != null && members.districtName(command.districtId()).isEmpty()) {
            throw new NotFound("District", command.districtId());
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("edition", edition.toString());
        if (command.districtId() != null) {
            details.put("districtId", command.districtId().toString());
        }
        if (command.eventId() != null) {
            details.put("eventId", command.eventId().toString());
        }
        EntryExportFilter filter = new EntryExportFilter(command.districtId(), command.eventId());
        exports.write(actor, "EXPORT_EVENT_ENTRIES", fileName(edition, command), details, Spreadsheet.of(
                new SheetSpec<>("Individual events", columns("Chest number"), rows.individualEntries(edition, filter)),
                new SheetSpec<>("Group events", columns("Team code"), rows.teamMembers(edition, filter))), out);
    }

    private static List<ColumnSpec<EventEntryExportRow>> columns(String codeHeader) {
        return List.of(
                ColumnSpec.text("Event", EventEntryExportRow::eventName),
                ColumnSpec.text(codeHeader, EventEntryExportRow::code),
                ColumnSpec.text("Name", EventEntryExportRow::name),
                ColumnSpec.text("Unit", EventEntryExportRow::unitName),
                ColumnSpec.text("District", EventEntryExportRow::districtName));
    }
}
