package org.kalamela.application.registry.officials;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.unit.OwnUnit;
import org.kalamela.domain.registry.officials.Office;
import org.kalamela.domain.registry.officials.OfficeHolder;
import org.kalamela.domain.registry.officials.UnitOfficials;
import org.kalamela.domain.registry.officials.UnitOfficialsRepository;
import org.kalamela.domain.registry.registration.UnitRegistration;
import org.kalamela.domain.registry.registration.UnitRegistrationRepository;
import org.kalamela.domain.registry.unit.UnitChange;
import org.kalamela.domain.registry.unit.UnitEditPolicy;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.validation.Validation;

/**
 * A unit account names the holders of its five offices, each with a phone, while its registration is open.
 * Errors name the office's fields ({@code treasurer.phone}).
 */
@UseCase
public class SaveUnitOfficials {

    private final UnitRegistrationRepository registrations;
    private final UnitOfficialsRepository officials;

    @Inject
    public SaveUnitOfficials(UnitRegistrationRepository registrations, UnitOfficialsRepository officials) {
        this.registrations = registrations;
        this.officials = officials;
    }

    public record Holder(String name, String phone) {
    }

    public record Command(Holder president, Holder vicePresident, Holder secretary, Holder jointSecretary,
                          Holder treasurer) {

        public Holder holder(Office office) {
            return switch (office) {
                case PRESIDENT -> president;
                case VICE_PRESIDENT -> vicePresident;
                case SECRETARY -> secretary;
                case JOINT_SECRETARY -> jointSecretary;
                case TREASURER -> treasurer;
            };
        }
    }

    @Transactional
    public UnitOfficials execute(Command command, Actor actor) {
        UnitRegistration registration = OwnUnit.lock(actor, registrations);
        UnitEditPolicy.check(registration.status(), UnitChange.OFFICIALS);
        Validation errors = new Validation();
        Map<Office, OfficeHolder> holders = new EnumMap<>(Office.class);
        for (Office office : Office.values()) {
            Holder typed = command.holder(office);
            OfficeHolder holder = errors.read(() -> OfficeHolder.of(office, typed == null ? null : typed.name(),
                    typed == null ? null : typed.phone()));
            if (holder != null) {
                holders.put(office, holder);
            }
        }
        errors.throwIfInvalid();
        UnitOfficials saved = new UnitOfficials(registration.unitId(), holders);
        officials.save(saved);
        return saved;
    }
}
