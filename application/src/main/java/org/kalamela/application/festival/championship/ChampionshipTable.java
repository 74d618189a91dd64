package org.kalamela.application.festival.championship;

import java.util.List;
import java.util.Optional;

/** A championship table, unit-wise or district-wise, with the results it reflects. */
public record ChampionshipTable(ChampionshipScope scope, ResultsStatus status, List<StandingRow> rows) {

    public ChampionshipTable {
        rows = List.copyOf(rows);
    }

    public Optional<StandingRow> row(long id) {
        return rows.stream().filter(row -> row.id() == id).findFirst();
    }
}
