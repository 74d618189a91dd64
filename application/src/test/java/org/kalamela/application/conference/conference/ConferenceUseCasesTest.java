package org.kalamela.application.conference.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.application.conference.ConferenceTestbed;
import org.kalamela.application.conference.delegate.AddMemberDelegate;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.paging.PageRequest;
import org.kalamela.domain.shared.value.Gender;
import org.kalamela.domain.shared.value.Money;

class ConferenceUseCasesTest {

    private final ConferenceTestbed bed = new ConferenceTestbed();

    private ConferenceView create(String title, Boolean active) {
        return bed.createConference.execute(new CreateConference.Command(title, null, null, active), bed.admin);
    }

    private static String code(Throwable e) {
        return ((RuleViolation) e).code();
    }

    @Test
    void a_new_conference_is_active_with_the_fee_of_300_and_audited() {
        ConferenceView created = create("Youth Conference 2026", null);

        assertThat(created.active()).isTrue();
        assertThat(created.delegateFee()).isEqualTo(Money.of("300.00"));
        assertThat(created.createdAt()).isEqualTo(bed.identity.clock.instant());
        assertThat(bed.identity.audit.last("CONFERENCE_CREATED").details()).containsEntry("delegateFee", "300.00");
    }

    @Test
    void one_conference_is_active_at_a_time() {
        ConferenceView first = create("2026", null);

        assertThatThrownBy(() -> create("2027", true)).satisfies(e -> assertThat(code(e))
                .isEqualTo("CONFERENCE_ALREADY_ACTIVE"));
        ConferenceView second = create("2027", false);
        assertThatThrownBy(() -> bed.editConference.execute(new EditConference.Command(ConferenceId.of(second.id()),
                null, null, false, null, true), bed.admin)).satisfies(e -> assertThat(code(e))
                .isEqualTo("CONFERENCE_ALREADY_ACTIVE"));

        bed.editConference.execute(new EditConference.Command(ConferenceId.of(first.id()), null, null, false, null,
                false), bed.admin);
        assertThat(bed.editConference.execute(new EditConference.Command(ConferenceId.of(second.id()), null, null,
                false, null, true), bed.admin).active()).isTrue();
    }

    @Test
    void an_edit_changes_what_it_names_and_audits_only_changes() {
        ConferenceView created = bed.createConference.execute(new CreateConference.Command("Title", "Details",
                Money.of("250.00"), true), bed.admin);
        ConferenceId id = ConferenceId.of(created.id());

        ConferenceView edited = bed.editConference.execute(new EditConference.Command(id, "New title", null, false,
                null, null), bed.admin);
        assertThat(edited).isEqualTo(new ConferenceView(created.id(), "New title", "Details", Money.of("250.00"),
                true, created.createdAt()));
        assertThat(bed.identity.audit.last("CONFERENCE_EDITED").details())
                .containsExactlyEntriesOf(Map.of("title", "Title -> New title"));

        assertThat(bed.editConference.execute(new EditConference.Command(id, null, null, true, null, null),
                bed.admin).details()).isNull();
        bed.editConference.execute(new EditConference.Command(id, null, null, false, null, null), bed.admin);
        assertThat(bed.identity.audit.count("CONFERENCE_EDITED")).isEqualTo(2);
        assertThatThrownBy(() -> bed.editConference.execute(new EditConference.Command(id, " ", null, false, null,
                null), bed.admin)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_conference_without_delegates_is_deleted_one_with_delegates_only_deactivated() {
        ConferenceView empty = create("Empty", false);
        bed.deleteConference.execute(ConferenceId.of(empty.id()), bed.admin);
        assertThatThrownBy(() -> bed.deleteConference.execute(ConferenceId.of(empty.id()), bed.admin))
                .isInstanceOf(NotFound.class);

        ConferenceView used = create("Used", true);
        DistrictId adoor = bed.district("Adoor", 5, 25);
        bed.addMemberDelegate.execute(new AddMemberDelegate.Command(ConferenceId.of(used.id()),
                bed.member(bed.unit(adoor, "Bethel"), "Anu", Gender.F), FoodPreference.VEG, false),
                bed.officialOf(adoor));

        assertThatThrownBy(() -> bed.deleteConference.execute(ConferenceId.of(used.id()), bed.admin))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CONFERENCE_HAS_DELEGATES"));
        assertThat(bed.editConference.execute(new EditConference.Command(ConferenceId.of(used.id()), null, null,
                false, null, false), bed.admin).active()).isFalse();
        assertThat(bed.identity.audit.count("CONFERENCE_DELETED")).isEqualTo(1);
    }

    @Test
    void the_list_is_newest_first_for_admins_and_officials_and_only_admins_change_it() {
        create("2025", false);
        bed.identity.clock.advance(Duration.ofDays(1));
        create("2026", true);
        DistrictId adoor = bed.district("Adoor", 5, 25);

        assertThat(bed.listConferences.execute(new PageRequest(0, 10), bed.officialOf(adoor)).items())
                .extracting(ConferenceView::title).containsExactly("2026", "2025");
        assertThatThrownBy(() -> bed.createConference.execute(new CreateConference.Command("Mine", null, null, false),
                bed.officialOf(adoor))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> bed.deleteConference.execute(ConferenceId.of(1), bed.officialOf(adoor)))
                .isInstanceOf(Forbidden.class);
    }
}
