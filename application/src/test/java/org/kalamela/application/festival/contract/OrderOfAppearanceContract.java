package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.query.AppearanceRow;
import org.kalamela.application.festival.query.OrderOfAppearanceReader;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawRepository;
import org.kalamela.domain.festival.draw.EventPerformers;

/** What every {@link EventPerformers} and {@link OrderOfAppearanceReader} does. */
public abstract class OrderOfAppearanceContract {

    protected abstract EventPerformers performers();

    protected abstract OrderOfAppearanceReader appearances();

    protected abstract DrawRepository draws();

    protected abstract FestivalContractFixtures fixtures();

    @Test
    void the_performers_of_an_event_are_its_entries_and_no_other_events() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Drawn recitation", 3);
        JudgingContractWorld other = JudgingContractWorld.with(fixtures(), "Other recitation", 2);

        assertThat(performers().of(world.event().id())).containsExactlyInAnyOrderElementsOf(world.entries());
        assertThat(performers().of(other.event().id())).containsExactlyInAnyOrderElementsOf(other.entries());
    }

    @Test
    void an_event_not_drawn_has_no_places() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Undrawn mime", 2);

        assertThat(rows(world)).isEmpty();
    }

    @Test
    void the_places_read_in_order_with_who_appears_in_each() {
        JudgingContractWorld world = JudgingContractWorld.with(fixtures(), "Drawn essay", 4);
        Draw draw = world.draw(2026L);
        draws().replace(draw);

        List<AppearanceRow> rows = rows(world);

        List<String> names = draw.appearances().stream().map(Appearance::performer)
                .map(p -> "Performer " + (world.entries().indexOf(p) + 1)).toList();
        assertThat(rows).extracting(AppearanceRow::position).containsExactly(1, 2, 3, 4);
        assertThat(rows).extracting(AppearanceRow::codeLetter).containsExactly("A", "B", "C", "D");
        assertThat(rows).extracting(AppearanceRow::names).containsExactlyElementsOf(names);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.number()).isEmpty();
            assertThat(row.unit()).isEqualTo("Judging Unit");
            assertThat(row.district()).isEqualTo("Judging District Drawn essay");
        });
    }

    private List<AppearanceRow> rows(JudgingContractWorld world) {
        List<AppearanceRow> rows = new ArrayList<>();
        appearances().appearances(world.event().id()).forEach(rows::add);
        return rows;
    }
}
