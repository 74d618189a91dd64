package org.kalamela.application.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.officials.OfficeHolder;
import org.kalamela.domain.registry.officials.UnitOfficials;
import org.kalamela.domain.registry.officials.UnitOfficialsRepository;
import org.kalamela.domain.shared.id.UnitId;

/** The contract of {@link UnitOfficialsRepository}, for the fake and the adapter. */
public abstract class UnitOfficialsRepositoryContract extends RegistryContractSupport {

    @Test
    public void a_unit_has_no_officials_until_saved() {
        assertThat(officials().findByUnit(aRegisteredUnit().unitId())).isEmpty();
    }

    @Test
    public void every_office_holder_is_stored_and_saving_again_replaces_them() {
        UnitId unit = aRegisteredUnit().unitId();
        officials().save(officials(unit, "First"));
        UnitOfficials second = officials(unit, "Second");

        officials().save(second);

        UnitOfficials found = officials().findByUnit(unit).orElseThrow();
        assertThat(found).isEqualTo(second);
        assertThat(found.holder(Office.JOINT_SECRETARY).name()).isEqualTo("Second Joint Secretary");
    }

    private static UnitOfficials officials(UnitId unit, String prefix) {
        Map<Office, OfficeHolder> holders = new EnumMap<>(Office.class);
        for (Office office : Office.values()) {
            holders.put(office, new OfficeHolder(prefix + " " + office.title(), aPhone()));
        }
        return new UnitOfficials(unit, holders);
    }
}
