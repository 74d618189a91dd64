package org.kalamela.application.registry.dashboard;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kalamela.application.UseCase;
import org.kalamela.application.registry.query.RegistryDashboardReader;
import org.kalamela.application.registry.query.SeniorityBand;
import org.kalamela.domain.festival.edition.BirthDateRange;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.registry.registration.RegistrationStatus;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.value.Gender;

/**
 * The admin's registry dashboard. Members are counted per seniority band: the bands the caller gives, or
 * else the Junior and Senior birth-date ranges of the current festival edition (none when there is no
 * current edition).
 */
@UseCase
public class ViewRegistryDashboard {

    private final RegistryDashboardReader figures;
    private final EditionRepository editions;

    @Inject
    public ViewRegistryDashboard(RegistryDashboardReader figures, EditionRepository editions) {
        this.figures = figures;
        this.editions = editions;
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
        List<SeniorityBand> wanted = query.seniorityBands().isEmpty() ? currentEditionBands()
                : query.seniorityBands();
        List<Long> counts = wanted.isEmpty() ? List.of() : figures.membersBornWithin(wanted);
        List<RegistryDashboard.BandCount> bands = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            bands.add(new RegistryDashboard.BandCount(wanted.get(i), counts.get(i)));
        }
        return new RegistryDashboard(units, registered, units - registered, byDistrict,
                complete(figures.registrationsByStatus(), RegistrationStatus.class),
                complete(figures.membersByGender(), Gender.class), bands, figures.largestUnits(),
                figures.membersByDistrict());
    }

    private List<SeniorityBand> currentEditionBands() {
        return editions.findCurrent().map(Edition::rules).map(rules -> List.of(
                        band(Seniority.JUNIOR, rules.juniorBirthDates()),
                        band(Seniority.SENIOR, rules.seniorBirthDates())))
                .orElse(List.of());
    }

    private static SeniorityBand band(Seniority seniority, BirthDateRange range) {
        return new SeniorityBand(seniority.displayName(), range.from(), range.to());
    }

    private static <E extends Enum<E>> Map<E, Long> complete(Map<E, Long> counts, Class<E> type) {
        Map<E, Long> all = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            all.put(key, counts.getOrDefault(key, 0L));
        }
        return all;
    }
}
