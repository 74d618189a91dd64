package org.kalamela.application.conference.fakes;

import org.kalamela.application.conference.contract.ConferenceContractFixture;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;

/** The contract tests' rows, written into the fakes. */
public final class InMemoryConferenceContractFixture implements ConferenceContractFixture {

    private final ConferenceFakes fakes;
    private long lastAccount;

    public InMemoryConferenceContractFixture(ConferenceFakes fakes) {
        this.fakes = fakes;
    }

    @Override
    public DistrictId givenDistrict(String name, int officialLimit, int memberLimit) {
        return fakes.districts.create(name, new ConferenceLimits(officialLimit, memberLimit)).id();
    }

    @Override
    public UnitId givenUnit(DistrictId district, String name) {
        return fakes.members.addUnit(district, name);
    }

    @Override
    public MemberId givenMember(UnitId unit, String name, Gender gender) {
        return fakes.members.addMember(unit, name, gender);
    }

    @Override
    public AccountId givenAccount() {
        return AccountId.of(++lastAccount);
    }
}
