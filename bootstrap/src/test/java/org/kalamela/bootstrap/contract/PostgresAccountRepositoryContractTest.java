package org.kalamela.bootstrap.contract;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.kalamela.application.identity.contract.AccountRepositoryContract;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

@QuarkusTest
@TestTransaction
class PostgresAccountRepositoryContractTest extends AccountRepositoryContract {

    @Inject
    AccountRepository accounts;

    @Inject
    EntityManager em;

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }

    @Override
    protected DistrictId aDistrict() {
        return RegistryRows.district(em);
    }

    @Override
    protected UnitId aNewUnit(DistrictId district) {
        return RegistryRows.unit(em, district);
    }
}
