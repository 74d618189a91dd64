package org.kalamela.application.registry.fakes;

import org.kalamela.application.registry.contract.CouncilorRepositoryContract;
import org.kalamela.domain.registry.officials.CouncilorRepository;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;

/** Runs the {@link CouncilorRepositoryContract} against the in-memory fake. */
class InMemoryCouncilorRepositoryTest extends CouncilorRepositoryContract {

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
    protected CouncilorRepository councilors() {
        return fakes.councilors;
    }

    @Override
    protected MemberRepository members() {
        return fakes.members;
    }
}
