package org.kalamela.application.registry.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.kalamela.domain.registry.district.ConferenceLimits;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.district.DistrictRepository;
import org.kalamela.domain.registry.member.MemberDetails;
import org.kalamela.domain.registry.member.MemberRepository;
import org.kalamela.domain.registry.officials.CouncilorRepository;
import org.kalamela.domain.registry.officials.UnitOfficialsRepository;
import org.kalamela.domain.registry.registration.RegistrationNumber;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.registry.unit.UnitNameRepository;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;
import org.kalamela.domain.shared.value.PhoneNumber;

/**
 * What every registry port contract needs: the ports of its {@link RegistryContractFixture} and the rows the
 * port under test refers to, built through them (an account comes from the fixture: the PostgreSQL one
 * inserts one, as a registration refers to it). Names and phones are random, so the contracts also pass on a database that
 * already holds data (demo data, other tests).
 */
public abstract class RegistryContractSupport {

    protected static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

    /** The ports of one store, fresh for every test. */
    protected abstract RegistryContractFixture fixture();

    protected DistrictRepository districts() {
        return fixture().districts();
    }

    protected UnitNameRepository unitNames() {
        return fixture().unitNames();
    }

    protected UnitRegistrationRepository registrations() {
        return fixture().registrations();
    }

    protected MemberRepository members() {
        return fixture().members();
    }

    protected UnitOfficialsRepository officials() {
        return fixture().officials();
    }

    protected CouncilorRepository councilors() {
        return fixture().councilors();
    }

    /** An account that a registration of the unit may refer to. */
    protected AccountId accountFor(DistrictId district, UnitId unit) {
        return fixture().accountFor(district, unit);
    }

    protected static String unique(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static PhoneNumber aPhone() {
        long rest = ThreadLocalRandom.current().nextLong(1_000_000_000L);
        return new PhoneNumber("9" + String.format(Locale.ROOT, "%09d", rest));
    }

    protected District aDistrict() {
        return districts().create(unique("District"), new ConferenceLimits(5, 25));
    }

    protected UnitName aUnit(District district) {
        return unitNames().create(district.id(), unique("Unit"));
    }

    protected UnitName aUnit(District district, String name) {
        return unitNames().create(district.id(), name);
    }

    /** A unit of the district with a started registration. */
    protected UnitRegistration aRegisteredUnit(District district) {
        return register(aUnit(district));
    }

    protected UnitRegistration aRegisteredUnit() {
        return aRegisteredUnit(aDistrict());
    }

    protected UnitRegistration register(UnitName unit) {
        long sequence = ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
        UnitRegistration registration = UnitRegistration.started(unit.id(), unit.districtId(),
                accountFor(unit.districtId(), unit.id()),
                RegistrationNumber.of("Contract", unit.districtId(), 2026, sequence), T0);
        registrations().add(registration);
        return registration;
    }

    protected static MemberDetails details(String name, Gender gender, LocalDate born) {
        return new MemberDetails(name, gender, born, aPhone(), null, null);
    }
}
