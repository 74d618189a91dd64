package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionRepository;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.shared.error.RuleViolation;

/** What every {@link EditionRepository} does; a subclass gives each test an empty store. */
public abstract class EditionRepositoryContract {

    private static final RegistrationWindow WINDOW =
            new RegistrationWindow(Instant.parse("2025-10-01T00:00:00Z"), Instant.parse("2025-12-01T00:00:00Z"));

    protected abstract EditionRepository repository();

    private Edition edition(int year) {
        return new Edition(EditionYear.of(year), FestivalRules.defaults2026(), WINDOW);
    }

    @Test
    void a_created_edition_is_found_by_its_year_and_is_not_current() {
        repository().create(edition(2026));

        assertThat(repository().findByYear(EditionYear.of(2026))).contains(edition(2026));
        assertThat(repository().findByYear(EditionYear.of(2027))).isEmpty();
        assertThat(repository().findCurrent()).isEmpty();
    }

    @Test
    void a_year_is_created_once() {
        repository().create(edition(2026));

        assertThatThrownBy(() -> repository().create(edition(2026))).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo("EDITION_EXISTS"));
    }

    @Test
    void an_update_replaces_rules_and_window() {
        repository().create(edition(2026));
        RegistrationWindow later = new RegistrationWindow(WINDOW.opens(), Instant.parse("2026-01-01T00:00:00Z"));
        Edition changed = new Edition(EditionYear.of(2026), FestivalRules.defaults2026(), later);

        repository().update(changed);

        assertThat(repository().findByYear(EditionYear.of(2026))).contains(changed);
    }

    @Test
    void all_editions_come_newest_first() {
        repository().create(edition(2025));
        repository().create(edition(2027));
        repository().create(edition(2026));

        assertThat(repository().findAll()).extracting(Edition::year)
                .containsExactly(EditionYear.of(2027), EditionYear.of(2026), EditionYear.of(2025));
    }

    @Test
    void one_edition_is_current_at_a_time() {
        repository().create(edition(2025));
        repository().create(edition(2026));

        repository().markCurrent(EditionYear.of(2025));
        repository().markCurrent(EditionYear.of(2026));
        repository().markCurrent(EditionYear.of(2026));

        assertThat(repository().findCurrent()).contains(edition(2026));
    }
}
