package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageDetails;
import org.kalamela.domain.festival.schedule.StageRepository;
import org.kalamela.domain.shared.error.RuleViolation;

/** What every {@link StageRepository} does; a subclass gives each test an empty store. */
public abstract class StageRepositoryContract {

    private static final EditionYear YEAR = EditionYear.of(2026);
    private static final EditionYear NEXT_YEAR = EditionYear.of(2027);

    protected abstract StageRepository repository();

    protected abstract FestivalContractFixtures fixtures();

    @BeforeEach
    void given() {
        fixtures().givenEdition(YEAR);
        fixtures().givenEdition(NEXT_YEAR);
    }

    @Test
    void a_created_stage_is_found_by_id_and_listed_by_name_in_its_edition() {
        Stage town = repository().create(YEAR, new StageDetails("Town hall", "Pathanamthitta", 800));
        Stage annex = repository().create(YEAR, new StageDetails("Annex", "Church hall", 120));
        repository().create(NEXT_YEAR, new StageDetails("Other year", "Kollam", 50));

        assertThat(town.id().value()).isPositive();
        assertThat(repository().findById(town.id())).contains(town);
        assertThat(repository().findByEdition(YEAR)).containsExactly(annex, town);
    }

    @Test
    void a_stage_name_is_unique_in_an_edition_ignoring_case() {
        Stage town = repository().create(YEAR, new StageDetails("Town hall", "Pathanamthitta", 800));

        assertThatThrownBy(() -> repository().create(YEAR, new StageDetails("TOWN HALL", "Elsewhere", 10)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("STAGE_NAME_TAKEN"));
        assertThat(repository().create(NEXT_YEAR, new StageDetails("Town hall", "Pathanamthitta", 800))).isNotNull();
        Stage annex = repository().create(YEAR, new StageDetails("Annex", "Church hall", 120));
        assertThatThrownBy(() -> repository().update(annex.with(new StageDetails("town hall", "x", 1))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("STAGE_NAME_TAKEN"));
        repository().update(town.with(new StageDetails("Town Hall", "Pathanamthitta town", 900)));
        assertThat(repository().findById(town.id())).map(Stage::details)
                .contains(new StageDetails("Town Hall", "Pathanamthitta town", 900));
    }

    @Test
    void a_deleted_stage_is_gone() {
        Stage town = repository().create(YEAR, new StageDetails("Town hall", "Pathanamthitta", 800));

        repository().delete(town.id());

        assertThat(repository().findById(town.id())).isEmpty();
        assertThat(repository().findByEdition(YEAR)).isEmpty();
    }
}
