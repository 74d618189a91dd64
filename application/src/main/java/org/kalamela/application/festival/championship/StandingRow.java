package org.kalamela.application.festival.championship;

import java.util.List;

/**
 * One row of a championship table: a unit (with its district) or a district, its place, its points and the
 * results that make them up.
 *
 * @param districtName the unit's district; for a district row its own name
 */
public record StandingRow(long id, String name, String districtName, int rank, int points,
                          List<Contribution> contributions) {

    public StandingRow {
        contributions = List.copyOf(contributions);
    }
}
