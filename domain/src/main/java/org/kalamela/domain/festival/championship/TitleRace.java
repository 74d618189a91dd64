package org.kalamela.domain.festival.championship;

import java.util.List;
import java.util.Objects;

/**
 * The race for one title: every member eligible for it (scored entries in enough individual events),
 * ranked by their individual points with shared places. The holders are all members sharing the first place,
 * once that place is worth a point: a table of members who scored nothing crowns nobody.
 */
public record TitleRace(Title title, List<Ranked<MemberTotal>> contenders) {

    public TitleRace {
        Objects.requireNonNull(title, "title");
        contenders = List.copyOf(contenders);
    }

    /** The members who hold the title, all of them when tied; none while no eligible member has a point. */
    public List<MemberTotal> holders() {
        return contenders.stream().filter(ranked -> ranked.rank() == 1).map(Ranked::item)
                .filter(total -> total.points() > 0).toList();
    }

    /** The holders' points, or 0 when nobody holds the title. */
    public int winningPoints() {
        return holders().isEmpty() ? 0 : holders().get(0).points();
    }
}
