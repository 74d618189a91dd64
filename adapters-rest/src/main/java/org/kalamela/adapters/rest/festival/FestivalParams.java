package org.kalamela.adapters.rest.festival;

import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.exclusion.ExclusionId;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Reads the ids and years of paths and query parameters. An id in a path that cannot exist is simply not
 * found; a filter that cannot be read is a field error named after the parameter.
 */
public final class FestivalParams {

    private FestivalParams() {
    }

    public static EditionYear editionPath(int year) {
        if (year < 2000 || year > 2999) {
            throw new NotFound("Edition", year);
        }
        return EditionYear.of(year);
    }

    public static EventId eventPath(long id) {
        if (id <= 0) {
            throw new NotFound("Event", id);
        }
        return EventId.of(id);
    }

    public static TeamId teamPath(long id) {
        if (id <= 0) {
            throw new NotFound("Team", id);
        }
        return TeamId.of(id);
    }

    public static MemberId memberPath(long id) {
        if (id <= 0) {
            throw new NotFound("Member", id);
        }
        return MemberId.of(id);
    }

    public static IndividualEntryId entryPath(long id) {
        if (id <= 0) {
            throw new NotFound("Entry", id);
        }
        return IndividualEntryId.of(id);
    }

    public static ExclusionId exclusionPath(long id) {
        if (id <= 0) {
            throw new NotFound("Exclusion", id);
        }
        return ExclusionId.of(id);
    }

    /** An edition named by a query parameter or a body field; null when not given (the current edition). */
    public static EditionYear edition(Integer year, String field) {
        if (year == null) {
            return null;
        }
        if (year < 2000 || year > 2999) {
            throw InvalidInput.field(field, "must be a year between 2000 and 2999");
        }
        return EditionYear.of(year);
    }

    public static DistrictId district(Long id, String field) {
        return id == null ? null : DistrictId.of(positive(id, field));
    }

    public static UnitId unit(Long id, String field) {
        return id == null ? null : UnitId.of(positive(id, field));
    }

    public static EventId event(Long id, String field) {
        return id == null ? null : EventId.of(positive(id, field));
    }

    public static MemberId member(Long id, String field) {
        return id == null ? null : MemberId.of(positive(id, field));
    }

    public static Seniority seniority(String value) {
        return value == null || value.isBlank() ? null : Seniority.parse(value);
    }

    private static long positive(long id, String field) {
        if (id <= 0) {
            throw InvalidInput.field(field, "must be a positive id");
        }
        return id;
    }
}
