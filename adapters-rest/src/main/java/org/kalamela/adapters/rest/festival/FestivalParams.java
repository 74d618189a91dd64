package org.kalamela.adapters.rest.festival;

import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.ExclusionId;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.TeamId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Reads the ids and years of paths and query parameters. An id in a path that cannot exist is simply not
 * found; a filter that cannot be read is a field error named after the parameter.
 */
final class FestivalParams {

    private FestivalParams() {
    }

    static EditionYear editionPath(int year) {
        if (year < 2000 || year > 2999) {
            throw new NotFound("Edition", year);
        }
        return EditionYear.of(year);
    }

    static EventId eventPath(long id) {
        if (id <= 0) {
            throw new NotFound("Event", id);
        }
        return EventId.of(id);
    }

    static TeamId teamPath(long id) {
        if (id <= 0) {
            throw new NotFound("Team", id);
        }
        return TeamId.of(id);
    }

    static MemberId memberPath(long id) {
        if (id <= 0) {
            throw new NotFound("Member", id);
        }
        return MemberId.of(id);
    }

    static IndividualEntryId entryPath(long id) {
        if (id <= 0) {
            throw new NotFound("Entry", id);
        }
        return IndividualEntryId.of(id);
    }

    static ExclusionId exclusionPath(long id) {
        if (id <= 0) {
            throw new NotFound("Exclusion", id);
        }
        return ExclusionId.of(id);
    }

    /** An edition named by a query parameter or a body field; null when not given (the current edition). */
    static EditionYear edition(Integer year, String field) {
        if (year == null) {
            return null;
        }
        if (year < 2000 || year > 2999) {
            throw InvalidInput.field(field, "must be a year between 2000 and 2999");
        }
        return EditionYear.of(year);
    }

    static DistrictId district(Long id, String field) {
        return id == null ? null : DistrictId.of(positive(id, field));
    }

    static UnitId unit(Long id, String field) {
        return id == null ? null : UnitId.of(positive(id, field));
    }

    static EventId event(Long id, String field) {
        return id == null ? null : EventId.of(positive(id, field));
    }

    static MemberId member(Long id, String field) {
        return id == null ? null : MemberId.of(positive(id, field));
    }

    static Seniority seniority(String value) {
        return value == null || value.isBlank() ? null : Seniority.parse(value);
    }

    private static long positive(long id, String field) {
        if (id <= 0) {
            throw InvalidInput.field(field, "must be a positive id");
        }
        return id;
    }
}
