package org.kalamela.adapters.rest.conference;

import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.DelegateId;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Money;

/**
 * Reads the conference's path ids, query parameters and body values. An id in a path that cannot exist is
 * simply not found; a value that cannot be read is a field error named after the parameter or field.
 */
public final class ConferenceParams {

    private ConferenceParams() {
    }

    public static ConferenceId conferencePath(long id) {
        if (id <= 0) {
            throw new NotFound("Conference", id);
        }
        return ConferenceId.of(id);
    }

    public static DelegateId delegatePath(long id) {
        if (id <= 0) {
            throw new NotFound("Delegate", id);
        }
        return DelegateId.of(id);
    }

    public static DistrictId district(Long id, String field) {
        return id == null ? null : DistrictId.of(positive(id, field));
    }

    public static MemberId member(Long id, String field) {
        return id == null ? null : MemberId.of(positive(id, field));
    }

    /** A food preference, {@code VEG} or {@code NON_VEG}; null when not given. */
    public static FoodPreference food(String value, String field) {
        return value == null ? null : FoodPreference.parse(value, field);
    }

    /** An amount in rupees with at most two decimals; null when not given. */
    public static Money money(String amount, String field) {
        if (amount == null) {
            return null;
        }
        try {
            return Money.of(amount.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field(field, "must be an amount in rupees with at most two decimals, e.g. \"300.00\"");
        }
    }

    private static long positive(long id, String field) {
        if (id <= 0) {
            throw InvalidInput.field(field, "must be a positive id");
        }
        return id;
    }
}
