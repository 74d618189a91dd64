package org.kalamela.bootstrap.contract.registry;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** The unit account a registration refers to, inserted straight into {@code accounts} with a unique name. */
final class RegistryContractRows {

    private RegistryContractRows() {
    }

    static AccountId unitAccount(EntityManager em, DistrictId district, UnitId unit) {
        Number id = (Number) em.createNativeQuery("""
                        INSERT INTO accounts (username, display_name, password_hash, role, district_id, unit_id)
                        VALUES (?1, 'Contract unit account', 'hash', 'UNIT', ?2, ?3) RETURNING id""")
                .setParameter(1, "contract-unit-" + UUID.randomUUID())
                .setParameter(2, district.value())
                .setParameter(3, unit.value())
                .getSingleResult();
        return AccountId.of(id.longValue());
    }
}
