package org.kalamela.domain.registry.district;

import java.util.Objects;
import org.kalamela.domain.registry.rules.Names;
import org.kalamela.domain.shared.id.DistrictId;

/**
 * A clergy district. An inactive district keeps its data but takes no new unit registrations; a district
 * with data is never deleted, only deactivated.
 */
public record District(DistrictId id, String name, boolean active, ConferenceLimits conferenceLimits) {

    public District {
        Objects.requireNonNull(id, "id");
        name = Names.require(name, "name");
        Objects.requireNonNull(conferenceLimits, "conferenceLimits");
    }

    public District renamed(String newName) {
        return new District(id, newName, active, conferenceLimits);
    }

    public District withActive(boolean nowActive) {
        return new District(id, name, nowActive, conferenceLimits);
    }

    public District withConferenceLimits(ConferenceLimits limits) {
        return new District(id, name, active, limits);
    }
}
