package org.kalamela.application.festival.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.WINDOW;
import static org.kalamela.application.festival.FestivalWorld.YEAR;

import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.shared.signal.ChangeTopic;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;

/** The public current edition from memory while the change signals are live and quiet (ADR-20). */
class CurrentEditionCacheTest {

    private static final EditionYear NEXT = EditionYear.of(2027);

    private final FestivalWorld world = new FestivalWorld();

    @Test
    void nothing_is_known_before_the_first_read_nor_while_the_signals_are_not_live() {
        assertThat(world.showKnownCurrentEdition.execute()).isEmpty();
        assertThat(world.showCurrentEdition.execute().year()).isEqualTo(YEAR);
        assertThat(world.showKnownCurrentEdition.execute()).isEmpty();
    }

    @Test
    void a_read_is_known_until_the_editions_change() {
        world.signals.listen();
        assertThat(world.showCurrentEdition.execute().year()).isEqualTo(YEAR);
        assertThat(world.showKnownCurrentEdition.execute()).hasValueSatisfying(
                edition -> assertThat(edition.year()).isEqualTo(YEAR));

        world.createEdition.execute(new CreateEdition.Command(NEXT, WINDOW, FestivalRules.defaults2026()),
                world.admin);
        world.markCurrentEdition.execute(NEXT, world.admin);
        world.signals.announce(ChangeTopic.EDITIONS);

        assertThat(world.showKnownCurrentEdition.execute()).isEmpty();
        assertThat(world.showCurrentEdition.execute().year()).isEqualTo(NEXT);
        assertThat(world.showKnownCurrentEdition.execute()).hasValueSatisfying(
                edition -> assertThat(edition.year()).isEqualTo(NEXT));
    }

    @Test
    void changes_of_other_topics_keep_it() {
        world.signals.listen();
        world.showCurrentEdition.execute();

        world.signals.announce(ChangeTopic.RESULTS);
        world.signals.announce(ChangeTopic.EVENTS);

        assertThat(world.showKnownCurrentEdition.execute()).isPresent();
    }
}
