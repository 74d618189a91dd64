package org.kalamela.bootstrap.contract;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** Inserts the districts and units that accounts refer to, straight into their tables, with unique names. */
final class RegistryRows {

    private RegistryRows() {
    }

    static DistrictId district(EntityManager em) {
        Number id = (Number) em.createNativeQuery("INSERT INTO districts (name) VALUES (?1) RETURNING id")
                .setParameter(1, "Contract district " + UUID.randomUUID())
                .getSingleResult();
        return DistrictId.of(id.longValue());
    }

    static UnitId unit(EntityManager em, DistrictId district) {
        Number id = (Number) em.createNativeQuery("INSERT INTO units (district_id, name) VALUES (?1, ?2) RETURNING id")
                .setParameter(1, district.value())
                .setParameter(2, "Contract unit " + UUID.randomUUID())
                .getSingleResult();
        return UnitId.of(id.longValue());
    }
}
