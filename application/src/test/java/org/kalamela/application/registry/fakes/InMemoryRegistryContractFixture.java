package org.kalamela.application.registry.fakes;

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

/** The registry contracts' ports as in-memory fakes over one fresh memory (a new one for every test). */
final class InMemoryRegistryContractFixture implements RegistryContractFixture {

    private final RegistryFakes fakes = new RegistryFakes();
    private long accounts;

    @Override
    public DistrictRepository districts() {
        return fakes.districts;
    }

    @Override
    public UnitNameRepository unitNames() {
        return fakes.unitNames;
    }

    @Override
    public UnitRegistrationRepository registrations() {
        return fakes.registrations;
    }

    @Override
    public UnitDetailsRepository details() {
        return fakes.details;
    }

    @Override
    public UnitOfficialsRepository officials() {
        return fakes.officials;
    }

    @Override
    public CouncilorRepository councilors() {
        return fakes.councilors;
    }

    @Override
    public MemberRepository members() {
        return fakes.members;
    }

    @Override
    public RegistrationNumberSequence sequence() {
        return fakes.sequence;
    }

    @Override
    public RegistryListReader lists() {
        return fakes.lists;
    }

    @Override
    public RegistryExportReader exports() {
        return fakes.exports;
    }

    @Override
    public RegistryDashboardReader dashboard() {
        return fakes.dashboard;
    }

    @Override
    public AccountId accountFor(DistrictId district, UnitId unit) {
        return AccountId.of(++accounts);
    }
}
