package org.kalamela.application.festival.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.query.ExclusionListReader;
import org.kalamela.application.festival.query.ExclusionRow;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.exclusion.ExclusionId;
import org.kalamela.domain.festival.exclusion.ExclusionRepository;
import org.kalamela.domain.festival.exclusion.NewExclusion;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;

/**
 * What every {@link ExclusionRepository} and its {@link ExclusionListReader} do; a subclass gives each test an
 * empty store.
 */
public abstract class ExclusionRepositoryContract {

    private static final EditionYear YEAR = EditionYear.of(2026);
    private static final EditionYear NEXT_YEAR = EditionYear.of(2027);
    private static final Instant AT = Instant.parse("2025-11-15T10:00:00Z");

    protected abstract ExclusionRepository repository();

    /** The list of the same store. */
    protected abstract ExclusionListReader listReader();

    protected abstract FestivalContractFixtures fixtures();

    private MemberId zacharia;
    private MemberId anu;
    private MemberId binu;

    @BeforeEach
    void given() {
        fixtures().givenEdition(YEAR);
        fixtures().givenEdition(NEXT_YEAR);
        DistrictId kottayam = fixtures().givenDistrict("Kottayam");
        DistrictId kollam = fixtures().givenDistrict("Kollam");
        UnitId bethel = fixtures().givenUnit(kottayam, "Bethel");
        zacharia = fixtures().givenMember(fixtures().givenUnit(kollam, "Ascension"), "Zacharia");
        binu = fixtures().givenMember(bethel, "Binu");
        anu = fixtures().givenMember(bethel, "Anu");
    }

    private static NewExclusion exclusion(EditionYear year, MemberId member) {
        return new NewExclusion(year, member, "Misconduct at the 2025 festival", AccountId.of(1), AT);
    }

    @Test
    void a_created_exclusion_is_found_by_id_and_by_member() {
        ExclusionId id = repository().create(exclusion(YEAR, anu));

        assertThat(repository().findById(id)).contains(exclusion(YEAR, anu).withId(id));
        assertThat(repository().findByMember(YEAR, anu)).contains(exclusion(YEAR, anu).withId(id));
        assertThat(repository().findByMember(NEXT_YEAR, anu)).isEmpty();
        assertThat(repository().findByMember(YEAR, binu)).isEmpty();
    }

    @Test
    void a_member_is_excluded_once_per_edition() {
        repository().create(exclusion(YEAR, anu));

        assertThatThrownBy(() -> repository().create(exclusion(YEAR, anu))).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.code()).isEqualTo("ALREADY_EXCLUDED"));
        assertThat(repository().create(exclusion(NEXT_YEAR, anu))).isNotNull();
    }

    @Test
    void a_deleted_exclusion_is_gone() {
        ExclusionId id = repository().create(exclusion(YEAR, anu));

        repository().delete(id);
        repository().delete(id);

        assertThat(repository().findById(id)).isEmpty();
        assertThat(repository().findByMember(YEAR, anu)).isEmpty();
    }

    @Test
    void the_list_names_the_members_by_district_unit_and_name_and_is_paged() {
        ExclusionId zachariaId = repository().create(exclusion(YEAR, zacharia));
        ExclusionId binuId = repository().create(exclusion(YEAR, binu));
        ExclusionId anuId = repository().create(exclusion(YEAR, anu));
        repository().create(exclusion(NEXT_YEAR, binu));

        Page<ExclusionRow> first = listReader().list(YEAR, new PageRequest(0, 2));
        Page<ExclusionRow> second = listReader().list(YEAR, new PageRequest(1, 2));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(ExclusionRow::id).containsExactly(zachariaId, anuId);
        assertThat(second.items()).extracting(ExclusionRow::id).containsExactly(binuId);
        assertThat(first.items().get(1)).isEqualTo(new ExclusionRow(anuId, anu, "Anu", "Bethel", "Kottayam",
                "Misconduct at the 2025 festival", AT));
    }
}
