package org.kalamela.application.identity.fakes;

import org.kalamela.application.identity.contract.AccountRepositoryContract;
import org.kalamela.domain.identity.account.AccountRepository;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

class InMemoryAccountRepositoryContractTest extends AccountRepositoryContract {

    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private long lastDistrict;
    private long lastUnit;

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }

    @Override
    protected DistrictId aDistrict() {
        return DistrictId.of(++lastDistrict);
    }

    @Override
    protected UnitId aNewUnit(DistrictId district) {
        return UnitId.of(++lastUnit);
    }
}
