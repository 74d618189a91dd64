package org.kalamela.domain.festival.chest;

import java.util.Objects;
import org.kalamela.domain.shared.id.DistrictId;

/** A district with members holding chest numbers in an edition: one sheet of the chest-number list. */
public record NumberedDistrict(DistrictId id, String name) {

    public NumberedDistrict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
