package org.kalamela.domain.registry.district;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.shared.id.DistrictId;

/** Outbound port: the clergy districts. Names are unique ignoring case (the database enforces it too). */
public interface DistrictRepository {

    /** Stores a new, active district and returns it with its id. */
    District create(String name, ConferenceLimits conferenceLimits);

    Optional<District> findById(DistrictId id);

    /** Finds by name, ignoring case. */
    Optional<District> findByName(String name);

    /** Every district, active or not, ordered by name. */
    List<District> findAll();

    /** Stores the name, active flag and conference limits of an existing district. */
    void update(District district);

    /** True when anything refers to the district: a unit name, an account, a conference record. */
    boolean hasData(DistrictId id);

    /** Removes a district that has no data (see {@link #hasData}). */
    void delete(DistrictId id);
}
