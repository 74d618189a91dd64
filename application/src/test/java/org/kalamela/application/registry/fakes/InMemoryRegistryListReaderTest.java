package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.RegistryListReader;
import org.kalamela.application.registry.contract.RegistryListReaderContract;
import org.kalamela.domain.registry.CouncilorRepository;
import org.kalamela.domain.registry.DistrictRepository;
import org.kalamela.domain.registry.MemberRepository;
import org.kalamela.domain.registry.UnitNameRepository;
import org.kalamela.domain.registry.UnitOfficialsRepository;
import org.kalamela.domain.registry.UnitRegistrationRepository;
import org.kalamela.domain.shared.AccountId;
import org.kalamela.domain.shared.DistrictId;
import org.kalamela.domain.shared.UnitId;

/** Runs the {@link RegistryListReaderContract} against the in-memory fake. */
class InMemoryRegistryListReaderTest extends RegistryListReaderContract {

    private final RegistryFakes fakes = new RegistryFakes();
    private long accounts;

    @Override
    protected DistrictRepository districts() {
        return fakes.districts;
    }

    @Override
    protected UnitNameRepository unitNames() {
        return fakes.unitNames;
    }

    @Override
    protected UnitRegistrationRepository registrations() {
        return fakes.registrations;
    }

    @Override
    protected AccountId accountFor(DistrictId district, UnitId unit) {
        return AccountId.of(++accounts);
    }

    @Override
    protected MemberRepository members() {
        return fakes.members;
    }

    @Override
    protected UnitOfficialsRepository officials() {
        return fakes.officials;
    }

    @Override
    protected CouncilorRepository councilors() {
        return fakes.councilors;
    }

    @Override
    protected RegistryListReader lists() {
        return fakes.lists;
    }
}
