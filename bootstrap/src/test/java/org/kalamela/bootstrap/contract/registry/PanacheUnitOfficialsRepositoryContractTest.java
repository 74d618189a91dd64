package org.kalamela.bootstrap.contract.registry;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.application.registry.contract.UnitOfficialsRepositoryContract;
import org.kalamela.domain.registry.DistrictRepository;
import org.kalamela.domain.registry.UnitNameRepository;
import org.kalamela.domain.registry.UnitOfficialsRepository;
import org.kalamela.domain.registry.UnitRegistrationRepository;
import org.kalamela.domain.shared.AccountId;
import org.kalamela.domain.shared.DistrictId;
import org.kalamela.domain.shared.UnitId;

@QuarkusTest
@TestTransaction
class PanacheUnitOfficialsRepositoryContractTest extends UnitOfficialsRepositoryContract {

    @Inject
    DistrictRepository districts;

    @Inject
    UnitNameRepository unitNames;

    @Inject
    UnitRegistrationRepository registrations;

    @Inject
    UnitOfficialsRepository officials;

    @Inject
    EntityManager em;

    @Override
    protected DistrictRepository districts() {
        return districts;
    }

    @Override
    protected UnitNameRepository unitNames() {
        return unitNames;
    }

    @Override
    protected UnitRegistrationRepository registrations() {
        return registrations;
    }

    @Override
    protected UnitOfficialsRepository officials() {
        return officials;
    }

    @Override
    protected AccountId accountFor(DistrictId district, UnitId unit) {
        return RegistryContractRows.unitAccount(em, district, unit);
    }
}
