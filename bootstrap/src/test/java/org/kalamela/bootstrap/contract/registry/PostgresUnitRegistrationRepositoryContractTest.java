package org.kalamela.bootstrap.contract.registry;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.application.registry.contract.UnitRegistrationRepositoryContract;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

@QuarkusTest
@TestTransaction
class PostgresUnitRegistrationRepositoryContractTest extends UnitRegistrationRepositoryContract {

    @Inject
    DistrictRepository districts;

    @Inject
    UnitNameRepository unitNames;

    @Inject
    UnitRegistrationRepository registrations;

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
    protected AccountId accountFor(DistrictId district, UnitId unit) {
        return RegistryContractRows.unitAccount(em, district, unit);
    }
}
