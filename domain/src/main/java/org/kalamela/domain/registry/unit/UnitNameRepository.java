package org.kalamela.domain.registry.unit;

import java.util.List;
import java.util.Optional;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * Outbound port: the unit names of each district. A name is unique within its district ignoring case
 * (the database enforces it too).
 */
public interface UnitNameRepository {

    /** Stores a new, active unit name and returns it with its id. */
    UnitName create(DistrictId district, String name);

    Optional<UnitName> findById(UnitId id);

    /** Finds by name within a district, ignoring case. */
    Optional<UnitName> findByName(DistrictId district, String name);

    /** The district's unit names, active or not, ordered by name. */
    List<UnitName> findByDistrict(DistrictId district);

    /** Stores the name and active flag of an existing unit name. */
    void update(UnitName unit);

    /** True when anything refers to the unit: a registration, an account, members. */
    boolean hasData(UnitId id);

    /** Removes a unit name that has no data (see {@link #hasData}). */
    void delete(UnitId id);
}
