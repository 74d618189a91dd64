package org.kalamela.application.registry.contract;

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
 * The registry's ports, one store behind them, as every registry contract sees them: the port under test and
 * the ports that build the rows it refers to. The fakes' runners hand over the in-memory fakes, the
 * PostgreSQL runners the adapters; a runner then only says which fixture it uses.
 */
public interface RegistryContractFixture {

    DistrictRepository districts();

    UnitNameRepository unitNames();

    UnitRegistrationRepository registrations();

    UnitDetailsRepository details();

    UnitOfficialsRepository officials();

    CouncilorRepository councilors();

    MemberRepository members();

    RegistrationNumberSequence sequence();

    RegistryListReader lists();

    RegistryExportReader exports();

    RegistryDashboardReader dashboard();

    /** An account that a registration of the unit may refer to (PostgreSQL inserts one; a fake counts). */
    AccountId accountFor(DistrictId district, UnitId unit);
}
