package org.kalamela.application.registry.contract;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kalamela.domain.registry.district.District;
import org.kalamela.domain.registry.member.Member;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.officials.OfficeHolder;
import org.kalamela.domain.registry.officials.UnitOfficials;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.unit.UnitName;
import org.kalamela.domain.shared.value.Gender;

/**
 * Builds, through the write ports, one fresh district whose contents the read-port contracts know exactly:
 * <pre>
 *   Alpha  registered, APPROVED   members Anu (F 2006-04-01), Binu (M 1995-07-15, councilor),
 *                                         Cicy (F 2012-01-01); five officials
 *   Beta   registered, STARTED    member  Dan (M 2004-12-31)
 *   Gamma  not registered
 *   Delta  not registered, inactive
 * </pre>
 * Filtering by the district keeps the contracts exact on a database that holds other data.
 */
public abstract class RegistryReadContractSupport extends RegistryContractSupport {

    /** The seeded district and its units. */
    protected record Seeded(District district, UnitName alpha, UnitName beta, UnitName gamma, UnitName delta,
                            Member anu, Member binu, Member cicy, Member dan, UnitRegistration alphaRegistration) {
    }

    protected Seeded seed() {
        District district = aDistrict();
        UnitName alpha = aUnit(district, "Alpha");
        UnitName beta = aUnit(district, "Beta");
        UnitName gamma = aUnit(district, "Gamma");
        UnitName delta = aUnit(district, "Delta");
        unitNames().update(delta.withActive(false));
        UnitRegistration alphaRegistration = register(alpha).submitted(T0).approved(T0);
        registrations().update(alphaRegistration);
        register(beta);
        Member anu = members().add(alpha.id(), details("Anu", Gender.F, LocalDate.of(2006, 4, 1)));
        Member binu = members().add(alpha.id(), details("Binu", Gender.M, LocalDate.of(1995, 7, 15)));
        Member cicy = members().add(alpha.id(), details("Cicy", Gender.F, LocalDate.of(2012, 1, 1)));
        Member dan = members().add(beta.id(), details("Dan", Gender.M, LocalDate.of(2004, 12, 31)));
        councilors().replace(alpha.id(), List.of(binu.id()));
        Map<Office, OfficeHolder> holders = new EnumMap<>(Office.class);
        for (Office office : Office.values()) {
            holders.put(office, new OfficeHolder(office.title() + " of Alpha", aPhone()));
        }
        officials().save(new UnitOfficials(alpha.id(), holders));
        return new Seeded(district, alpha, beta, gamma, delta.withActive(false), anu, binu, cicy, dan,
                alphaRegistration);
    }
}
