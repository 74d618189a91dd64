package org.kalamela.bootstrap.contract.registry;

import io.quarkus.arc.Unremovable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.kalamela.application.registry.contract.RegistryContractFixture;
import org.kalamela.application.registry.query.RegistryDashboardReader;
import org.kalamela.application.registry.query.RegistryExportReader;
import org.kalamela.application.registry.query.RegistryListReader;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.officials.CouncilorRepository;
import org.kalamela.domain.registry.officials.UnitOfficialsRepository;
import org.kalamela.domain.registry.registration.RegistrationNumberSequence;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.registry.unit.UnitDetailsRepository;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/**
 * The registry contracts' ports as the PostgreSQL adapters, inside the runner's rolled-back transaction
 * ({@code @TestTransaction}); the account a registration refers to is inserted straight into
 * {@code accounts} with a unique name.
 */
@Singleton
@Unremovable
public class PostgresRegistryContractFixture implements RegistryContractFixture {

    @Inject
    DistrictRepository districts;

    @Inject
    UnitNameRepository unitNames;

    @Inject
    UnitRegistrationRepository registrations;

    @Inject
    UnitDetailsRepository details;

    @Inject
    UnitOfficialsRepository officials;

    @Inject
    CouncilorRepository councilors;

    @Inject
    MemberRepository members;

    @Inject
    RegistrationNumberSequence sequence;

    @Inject
    RegistryListReader lists;

    @Inject
    RegistryExportReader exports;

    @Inject
    RegistryDashboardReader dashboard;

    @Inject
    EntityManager em;

    @Override
    public DistrictRepository districts() {
        return districts;
    }

    @Override
    public UnitNameRepository unitNames() {
        return unitNames;
    }

    @Override
    public UnitRegistrationRepository registrations() {
        return registrations;
    }

    @Override
    public UnitDetailsRepository details() {
        return details;
    }

    @Override
    public UnitOfficialsRepository officials() {
        return officials;
    }

    @Override
    public CouncilorRepository councilors() {
        return councilors;
    }

    @Override
    public MemberRepository members() {
        return members;
    }

    @Override
    public RegistrationNumberSequence sequence() {
        return sequence;
    }

    @Override
    public RegistryListReader lists() {
        return lists;
    }

    @Override
    public RegistryExportReader exports() {
        return exports;
    }

    @Override
    public RegistryDashboardReader dashboard() {
        return dashboard;
    }

    @Override
    public AccountId accountFor(DistrictId district, UnitId unit) {
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
