package org.kalamela.application.festival.chest;

import java.util.List;
import java.util.Map;
import org.kalamela.domain.festival.chest.ChestNumberRegistry;
import org.kalamela.domain.festival.edition.Edition;

/**
 * The job both {@link AssignChestNumbers} (the admin) and {@link AssignChestNumbersFromCommandLine} (an
 * operator) run: a chest number for every member with individual entries but none, in a stable order
 * (district, unit, member name). Not a bean: each use case makes its own.
 */
final class ChestNumberAssignment {

    private final ChestNumberRegistry registry;
    private final ChestNumberAllocation allocation;

    ChestNumberAssignment(ChestNumberRegistry registry, ChestNumberAllocation allocation) {
        this.registry = registry;
        this.allocation = allocation;
    }

    List<AssignedChestNumber> assign(Edition edition) {
        return registry.unnumbered(edition.year()).stream()
                .map(member -> new AssignedChestNumber(member.memberId(), member.seniority(),
                        allocation.numberFor(edition, member.memberId(), member.seniority())))
                .toList();
    }

    static Map<String, String> details(List<AssignedChestNumber> assigned) {
        return Map.of("assigned", Integer.toString(assigned.size()));
    }
}
