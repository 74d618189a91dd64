package org.kalamela.adapters.persistence.festival.event;

import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.shared.value.Gender;

/**
 * The one mapping of a {@code festival_events} row to a {@link FestivalEvent}, for the entity and for
 * native queries that select {@link #COLUMNS} (an event with counts beside it, in one query).
 */
public final class EventRows {

    /** The columns of {@code festival_events e}, in the order {@link #event(Object[], int)} reads them. */
    public static final String COLUMNS = "e.id, e.edition_year, e.name, e.kind, e.category, e.gender, e.seniority,"
            + " e.mandatory, e.active, e.short_code, e.min_team_size, e.max_team_size, e.teams_per_unit";

    /** How many values {@link #COLUMNS} selects. */
    public static final int WIDTH = 13;

    private EventRows() {
    }

    /** The event whose {@link #COLUMNS} start at {@code offset} in a native query's row. */
    public static FestivalEvent event(Object[] row, int offset) {
        return event(Columns.number(row[offset]), Columns.integer(row[offset + 1]),
                Columns.text(row[offset + 2]), Columns.text(row[offset + 3]),
                Columns.text(row[offset + 4]), Columns.text(row[offset + 5]),
                Columns.text(row[offset + 6]), Columns.flag(row[offset + 7]),
                Columns.flag(row[offset + 8]), Columns.text(row[offset + 9]),
                Columns.optionalInteger(row[offset + 10]), Columns.optionalInteger(row[offset + 11]),
                Columns.optionalInteger(row[offset + 12]));
    }

    static FestivalEvent event(FestivalEventEntity e) {
        return event(e.id, e.editionYear, e.name, e.kind, e.category, e.gender, e.seniority, e.mandatory, e.active,
                e.shortCode, e.minTeamSize, e.maxTeamSize, e.teamsPerUnit);
    }

    private static FestivalEvent event(long id, int edition, String name, String kind, String category, String gender,
                                       String seniority, boolean mandatory, boolean active, String shortCode,
                                       Integer minTeamSize, Integer maxTeamSize, Integer teamsPerUnit) {
        Optional<TeamFormat> format = minTeamSize == null
                ? Optional.empty()
                : Optional.of(new TeamFormat(minTeamSize, maxTeamSize, teamsPerUnit));
        return new FestivalEvent(EventId.of(id), EditionYear.of(edition), name, EventKind.valueOf(kind),
                EventCategory.valueOf(category), Optional.ofNullable(gender).map(Gender::valueOf),
                Optional.ofNullable(seniority).map(Seniority::valueOf), mandatory, active, new ShortCode(shortCode),
                format);
    }
}
