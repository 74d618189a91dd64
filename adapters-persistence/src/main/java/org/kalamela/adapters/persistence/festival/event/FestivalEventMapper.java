package org.kalamela.adapters.persistence.festival.event;

import java.util.Optional;
import org.kalamela.adapters.persistence.shared.Columns;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.event.EventCategory;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.EventKind;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.event.NewFestivalEvent;
import org.kalamela.domain.festival.event.ShortCode;
import org.kalamela.domain.festival.event.TeamFormat;
import org.kalamela.domain.shared.value.Gender;

/**
 * The one mapping between a {@code festival_events} row and a {@link FestivalEvent}, for the entity and for
 * native queries that select {@link #COLUMNS} (an event with counts beside it, in one query).
 */
public final class FestivalEventMapper {

    /** The columns of {@code festival_events e}, in the order {@link #toDomain(Object[], int)} reads them. */
    public static final String COLUMNS = "e.id, e.edition_year, e.name, e.kind, e.category, e.gender, e.seniority,"
            + " e.mandatory, e.active, e.short_code, e.min_team_size, e.max_team_size, e.teams_per_unit";

    /** How many values {@link #COLUMNS} selects. */
    public static final int WIDTH = 13;

    private FestivalEventMapper() {
    }

    /** The event whose {@link #COLUMNS} start at {@code offset} in a native query's row. */
    public static FestivalEvent toDomain(Object[] row, int offset) {
        return toDomain(Columns.number(row[offset]), Columns.integer(row[offset + 1]),
                Columns.text(row[offset + 2]), Columns.text(row[offset + 3]),
                Columns.text(row[offset + 4]), Columns.text(row[offset + 5]),
                Columns.text(row[offset + 6]), Columns.flag(row[offset + 7]),
                Columns.flag(row[offset + 8]), Columns.text(row[offset + 9]),
                Columns.optionalInteger(row[offset + 10]), Columns.optionalInteger(row[offset + 11]),
                Columns.optionalInteger(row[offset + 12]));
    }

    static FestivalEvent toDomain(FestivalEventEntity e) {
        return toDomain(e.id, e.editionYear, e.name, e.kind, e.category, e.gender, e.seniority, e.mandatory, e.active,
                e.shortCode, e.minTeamSize, e.maxTeamSize, e.teamsPerUnit);
    }

    private static FestivalEvent toDomain(long id, int edition, String name, String kind, String category,
                                          String gender, String seniority, boolean mandatory, boolean active,
                                          String shortCode, Integer minTeamSize, Integer maxTeamSize,
                                          Integer teamsPerUnit) {
        Optional<TeamFormat> format = minTeamSize == null
                ? Optional.empty()
                : Optional.of(new TeamFormat(minTeamSize, maxTeamSize, teamsPerUnit));
        return new FestivalEvent(EventId.of(id), EditionYear.of(edition), name, EventKind.valueOf(kind),
                EventCategory.valueOf(category), Optional.ofNullable(gender).map(Gender::valueOf),
                Optional.ofNullable(seniority).map(Seniority::valueOf), mandatory, active, new ShortCode(shortCode),
                format);
    }

    static FestivalEventEntity toEntity(NewFestivalEvent event) {
        FestivalEventEntity entity = new FestivalEventEntity();
        entity.editionYear = event.edition().value();
        copy(entity, event.name(), event.kind(), event.category(), event.genderRestriction(),
                event.seniorityRestriction(), event.mandatory(), event.active(), event.shortCode(), event.teamFormat());
        return entity;
    }

    /** Everything but the id and the edition, which an event keeps. */
    static void copy(FestivalEvent event, FestivalEventEntity entity) {
        copy(entity, event.name(), event.kind(), event.category(), event.genderRestriction(),
                event.seniorityRestriction(), event.mandatory(), event.active(), event.shortCode(), event.teamFormat());
    }

    private static void copy(FestivalEventEntity entity, String name, EventKind kind, EventCategory category,
                             Optional<Gender> gender, Optional<Seniority> seniority, boolean mandatory, boolean active,
                             ShortCode shortCode, Optional<TeamFormat> format) {
        entity.name = name;
        entity.kind = kind.name();
        entity.category = category.name();
        entity.gender = gender.map(Enum::name).orElse(null);
        entity.seniority = seniority.map(Enum::name).orElse(null);
        entity.mandatory = mandatory;
        entity.active = active;
        entity.shortCode = shortCode.value();
        entity.minTeamSize = format.map(TeamFormat::minMembers).orElse(null);
        entity.maxTeamSize = format.map(TeamFormat::maxMembers).orElse(null);
        entity.teamsPerUnit = format.map(TeamFormat::teamsPerUnit).orElse(null);
    }
}
