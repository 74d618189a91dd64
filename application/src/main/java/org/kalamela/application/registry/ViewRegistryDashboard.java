package org.kalamela.application.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kalamela.domain.registry.RegistrationStatus;
import org.kalamela.domain.shared.Actor;
import org.kalamela.domain.shared.Gender;
import org.kalamela.domain.shared.Role;

/**
 * The admin's registry dashboard. The seniority bands come from the caller (the current edition's Junior
 * and Senior ranges), so the registry does not depend on the festival's rules.
 */
@ApplicationScoped
public class ViewRegistryDashboard {

    private final RegistryDashboardReader figures;

    @Inject
    public ViewRegistryDashboard(RegistryDashboardReader figures) {
        this.figures = figures;
    }

    public record Query(List<SeniorityBand> seniorityBands) {

        public Query {
            seniorityBands = seniorityBands == null ? List.of() : List.copyOf(seniorityBands);
        }
    }

    @Transactional
    public RegistryDashboard execute(Query query, Actor actor) {
        actor.require(Role.ADMIN);
        var byDistrict = figures.registrationsByDistrict();
        long units = byDistrict.stream().mapToLong(RegistryDashboardReader.DistrictRegistrations::units).sum();
        long registered = byDistrict.stream()
                .mapToLong(RegistryDashboardReader.DistrictRegistrations::registered).sum();
        List<Long> counts = query.seniorityBands().isEmpty() ? List.of()
                : figures.membersBornWithin(query.seniorityBands());
        List<RegistryDashboard.BandCount> bands = new ArrayList<>();
        for (int i = 0; i < query.seniorityBands().size(); i++) {
            bands.add(new RegistryDashboard.BandCount(query.seniorityBands().get(i), counts.get(i)));
        }
        return new RegistryDashboard(units, registered, units - registered, byDistrict,
                complete(figures.registrationsByStatus(), RegistrationStatus.class),
                complete(figures.membersByGender(), Gender.class), bands, figures.largestUnits(),
                figures.membersByDistrict());
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Map<E, Long> counts, Class<E> type) {
        Map<E, Long> all = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            all.put(key, counts.getOrDefault(key, 0L));
        }
        return all;
    }
}
