package org.kalamela.application.conference.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kalamela.domain.conference.conference.Conference;
import org.kalamela.domain.conference.conference.ConferenceDetails;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.conference.ConferenceRepository;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.paging.Page;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Money;

/** What every {@link ConferenceRepository} does; a subclass gives each test an empty store. */
public abstract class ConferenceRepositoryContract {

    private static final Instant AT = Instant.parse("2026-01-10T10:00:00Z");

    protected abstract ConferenceRepository repository();

    private static ConferenceDetails details(String title) {
        return new ConferenceDetails(title, "Three days at Manganam", Money.of("300.00"));
    }

    @Test
    void a_created_conference_is_found_by_id_and_as_the_active_one() {
        Conference created = repository().create(details("Youth Conference 2026"), true, AT);

        assertThat(created.id()).isNotNull();
        assertThat(repository().findById(created.id())).contains(created);
        assertThat(repository().findActive()).contains(created);
        assertThat(created).isEqualTo(new Conference(created.id(), details("Youth Conference 2026"), true, AT));
    }

    @Test
    void an_inactive_conference_is_not_the_active_one() {
        repository().create(details("Past"), false, AT);

        assertThat(repository().findActive()).isEmpty();
        assertThat(repository().findById(ConferenceId.of(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void a_second_active_conference_is_refused_by_the_store() {
        repository().create(details("First"), true, AT);

        assertThatThrownBy(() -> repository().create(details("Second"), true, AT)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.code()).isEqualTo("CONFERENCE_ALREADY_ACTIVE"));
    }

    @Test
    void an_update_stores_details_and_active_flag() {
        Conference created = repository().create(details("First"), true, AT);
        Conference changed = created.withDetails(new ConferenceDetails("Renamed", null, Money.of("250.50")))
                .withActive(false);

        repository().update(changed);

        assertThat(repository().findById(created.id())).contains(changed);
        assertThat(repository().findActive()).isEmpty();
    }

    @Test
    void the_list_is_newest_first_and_paged() {
        Conference old = repository().create(details("2024"), false, AT.minusSeconds(7200));
        Conference middle = repository().create(details("2025"), false, AT.minusSeconds(3600));
        Conference newest = repository().create(details("2026"), true, AT);

        Page<Conference> first = repository().list(new PageRequest(0, 2));
        Page<Conference> second = repository().list(new PageRequest(1, 2));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).containsExactly(newest, middle);
        assertThat(second.items()).containsExactly(old);
        assertThat(repository().list(new PageRequest(9, 2)).items()).isEmpty();
    }

    @Test
    void a_deleted_conference_is_gone() {
        Conference created = repository().create(details("Gone"), true, AT);

        repository().delete(created.id());

        assertThat(repository().findById(created.id())).isEmpty();
        assertThat(repository().findActive()).isEmpty();
    }
}
