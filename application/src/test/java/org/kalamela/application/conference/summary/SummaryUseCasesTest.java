package org.kalamela.application.conference.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.conference.ConferenceTestbed;
import org.kalamela.application.conference.conference.CreateConference;
import org.kalamela.application.conference.delegate.AddMemberDelegate;
import org.kalamela.application.festival.fakes.CapturingSpreadsheetWriter.Sheet;
import org.kalamela.domain.conference.conference.ConferenceId;
import org.kalamela.domain.conference.delegate.DelegateLimits;
import org.kalamela.domain.conference.delegate.FoodPreference;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.id.UnitId;
import org.kalamela.domain.shared.value.Gender;
import org.kalamela.domain.shared.value.Money;

class SummaryUseCasesTest {

    private final ConferenceTestbed bed = new ConferenceTestbed();
    private ConferenceId conference;
    private DistrictId adoor;
    private DistrictId kollam;
    private Actor adoorOfficial;

    @BeforeEach
    void given() {
        conference = ConferenceId.of(bed.createConference.execute(new CreateConference.Command("Youth Conference",
                null, Money.of(300), null), bed.admin).id());
        adoor = bed.district("Adoor", 5, 25);
        kollam = bed.district("Kollam", 5, 20);
        adoorOfficial = bed.officialOf(adoor);
        UnitId bethel = bed.unit(adoor, "Bethel");
        add(bed.member(bethel, "Anu", Gender.F), FoodPreference.VEG, true);
        add(bed.member(bethel, "Binu", Gender.M), FoodPreference.NON_VEG, false);
        add(bed.member(bethel, "Chacko", Gender.M), FoodPreference.NON_VEG, true);
    }

    private void add(MemberId member, FoodPreference food, boolean accommodation) {
        bed.addMemberDelegate.execute(new AddMemberDelegate.Command(conference, member, food, accommodation),
                adoorOfficial);
    }

    @Test
    void the_admin_sees_every_district_counted_with_fees_due_and_totals() {
        ConferenceSummary summary = bed.showSummary.execute(conference, bed.admin);

        assertThat(summary.districts()).containsExactly(
                new DistrictSummary(adoor.value(), "Adoor", new DelegateLimits(5, 25), 0, 3, 3, 2, 1, 1, 2, 2,
                        Money.of(900), Money.ZERO, Money.of(900), Money.ZERO, Optional.empty()),
                new DistrictSummary(kollam.value(), "Kollam", new DelegateLimits(5, 20), 0, 0, 0, 0, 0, 0, 0, 0,
                        Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Optional.empty()));
        assertThat(summary.totals()).isEqualTo(new ConferenceSummary.Totals(0, 3, 3, 2, 1, 1, 2, 2, Money.of(900),
                Money.ZERO, Money.of(900), Money.ZERO));
        assertThatThrownBy(() -> bed.showSummary.execute(conference, adoorOfficial)).isInstanceOf(Forbidden.class);
    }

    @Test
    void an_official_sees_their_own_district_only_and_the_admin_names_one() {
        DistrictSummary own = bed.showDistrictSummary.execute(conference, null, adoorOfficial);

        assertThat(own.feesDue()).isEqualTo(Money.of(900));
        assertThat(bed.showDistrictSummary.execute(conference, adoor, adoorOfficial)).isEqualTo(own);
        assertThat(bed.showDistrictSummary.execute(conference, adoor, bed.admin)).isEqualTo(own);
        assertThatThrownBy(() -> bed.showDistrictSummary.execute(conference, kollam, adoorOfficial))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> bed.showDistrictSummary.execute(conference, null, bed.admin))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> bed.showDistrictSummary.execute(conference, DistrictId.of(9999), bed.admin))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void the_export_has_the_districts_and_the_delegates_and_is_audited() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        bed.exportSummary.execute(conference, bed.admin, out);

        List<Sheet> sheets = bed.spreadsheets.sheets();
        assertThat(sheets).extracting(Sheet::name).containsExactly("Districts", "Delegates");
        assertThat(sheets.get(0).rows()).hasSize(2);
        assertThat(sheets.get(0).rows().get(0)).containsExactly("Adoor", 5, 25, 0, 3, 3, 2, 1, 1, 2, 2, Money.of(900),
                Money.ZERO, Money.of(900), Money.ZERO, "NOT_CREATED");
        assertThat(sheets.get(1).rows()).extracting(row -> row.get(2)).containsExactly("Anu", "Binu", "Chacko");
        assertThat(bed.identity.audit.last("EXPORT_CONFERENCE_SUMMARY").targetId())
                .isEqualTo("conference-" + conference + "-summary");
        assertThat(out.size()).isPositive();
    }

    @Test
    void an_officials_export_holds_their_district_only() {
        bed.exportSummary.execute(conference, bed.officialOf(kollam), new ByteArrayOutputStream());

        List<Sheet> sheets = bed.spreadsheets.sheets();
        assertThat(sheets.get(0).rows()).extracting(row -> row.get(0)).containsExactly("Kollam");
        assertThat(sheets.get(1).rows()).isEmpty();
        assertThat(bed.identity.audit.last("EXPORT_CONFERENCE_SUMMARY").details())
                .containsEntry("districtId", kollam.toString());
    }
}
