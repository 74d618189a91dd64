package org.kalamela.application.festival.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.kalamela.application.export.RowSource;
import org.kalamela.application.festival.query.AppearanceRow;
import org.kalamela.application.festival.query.OrderOfAppearanceReader;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.entry.IndividualEntry;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.team.Team;

/**
 * The drawn places with who appears in each, joined from the draw, entry, team, chest-number and registry
 * fakes when the rows are asked for, as the query joins the tables; a team's members by name, ", " between.
 */
public final class InMemoryOrderOfAppearanceReader implements OrderOfAppearanceReader {

    private final InMemoryDrawRepository draws;
    private final InMemoryIndividualEntryRepository entries;
    private final InMemoryTeamRepository teams;
    private final InMemoryChestNumberRegistry chestNumbers;
    private final RegistryTables registry;

    public InMemoryOrderOfAppearanceReader(InMemoryDrawRepository draws, InMemoryIndividualEntryRepository entries,
                                           InMemoryTeamRepository teams, InMemoryChestNumberRegistry chestNumbers,
                                           RegistryTables registry) {
        this.draws = draws;
        this.entries = entries;
        this.teams = teams;
        this.chestNumbers = chestNumbers;
        this.registry = registry;
    }

    @Override
    public RowSource<AppearanceRow> appearances(EventId event) {
        return sink -> draws.find(event).map(Draw::appearances).orElseGet(List::of).stream()
                .sorted(Comparator.comparingInt(Appearance::position))
                .map(this::row)
                .forEach(sink);
    }

    private AppearanceRow row(Appearance appearance) {
        String letter = appearance.codeLetter().value();
        if (appearance.performer().isTeam()) {
            Team team = teams.findById(appearance.performer().team().orElseThrow()).orElseThrow();
            String names = team.members().stream().map(registry::nameOf).sorted().collect(Collectors.joining(", "));
            RegistryTables.Unit unit = registry.unit(team.unitId()).orElseThrow();
            return new AppearanceRow(appearance.position(), letter, team.code().toString(), names, unit.name(),
                    registry.district(team.districtId()).orElseThrow().name());
        }
        IndividualEntry entry = entries.findById(appearance.performer().entry().orElseThrow()).orElseThrow();
        String number = chestNumbers.find(entry.edition(), entry.memberId()).map(ChestNumber::toString).orElse("");
        return new AppearanceRow(appearance.position(), letter, number, registry.nameOf(entry.memberId()),
                registry.unitOf(entry.memberId()).name(), registry.districtOf(entry.memberId()).name());
    }
}
