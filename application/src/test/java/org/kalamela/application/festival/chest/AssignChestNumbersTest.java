package org.kalamela.application.festival.chest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.JUNIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.NOW;
import static org.kalamela.application.festival.FestivalWorld.SENIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.YEAR;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertViolation;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.TestRules;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.edition.Seniority;
import org.kalamela.domain.festival.entry.NewIndividualEntry;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.id.DistrictId;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

/** Entries imported from the old app come without chest numbers; the job gives them, once, in a stable order. */
class AssignChestNumbersTest {

    private final FestivalWorld world = new FestivalWorld();
    private final FestivalEvent solo = world.individualEvent("Solo");
    private final FestivalEvent poetry = world.individualEvent("Poetry");

    private void imported(MemberId member, DistrictId district, Seniority seniority, FestivalEvent event) {
        world.fakes.entries.create(new NewIndividualEntry(YEAR, event.id(), member, district, seniority,
                world.admin.accountId(), NOW));
    }

    @Test
    void members_without_a_number_get_one_in_district_unit_and_name_order() {
        MemberId zoe = world.member(world.unit, "Zoe", Gender.F, JUNIOR_DOB);
        MemberId abel = world.member(world.secondUnit, "Abel", Gender.M, JUNIOR_DOB);
        MemberId anna = world.member(world.unit, "Anna", Gender.F, JUNIOR_DOB);
        MemberId kollam = world.member(world.otherDistrictUnit, "Kiran", Gender.M, JUNIOR_DOB);
        MemberId senior = world.member(world.unit, "Sara", Gender.F, SENIOR_DOB);
        imported(zoe, world.district, Seniority.JUNIOR, solo);
        imported(zoe, world.district, Seniority.JUNIOR, poetry);
        imported(abel, world.district, Seniority.JUNIOR, solo);
        imported(anna, world.district, Seniority.JUNIOR, solo);
        imported(kollam, world.otherDistrict, Seniority.JUNIOR, solo);
        imported(senior, world.district, Seniority.SENIOR, solo);

        List<AssignedChestNumber> assigned = world.assignChestNumbers.execute(null, world.admin);

        assertThat(assigned).extracting(AssignedChestNumber::memberId).containsExactly(kollam, anna, senior, zoe, abel);
        assertThat(world.fakes.chestNumbers.currentNumbers(YEAR)).containsEntry(kollam, ChestNumber.of(1001))
                .containsEntry(anna, ChestNumber.of(1002)).containsEntry(senior, ChestNumber.of(2001))
                .containsEntry(zoe, ChestNumber.of(1003)).containsEntry(abel, ChestNumber.of(1004));
        AuditEntry audit = world.fakes.audit.last("CHEST_NUMBERS_ASSIGNED");
        assertThat(audit.details()).containsEntry("assigned", "5");
        assertThat(audit.actorId()).isEqualTo(world.admin.accountId());
    }

    @Test
    void the_job_is_idempotent_and_leaves_numbered_members_alone() {
        MemberId numbered = world.junior();
        world.enter(world.official, numbered, solo);
        MemberId legacy = world.junior();
        imported(legacy, world.district, Seniority.JUNIOR, solo);

        assertThat(world.assignChestNumbers.execute(null, world.admin)).extracting(AssignedChestNumber::chestNumber)
                .containsExactly(ChestNumber.of(1002));
        assertThat(world.assignChestNumbers.execute(YEAR, world.admin)).isEmpty();

        assertThat(world.fakes.chestNumbers.currentNumbers(YEAR)).containsExactlyInAnyOrderEntriesOf(
                Map.of(numbered, ChestNumber.of(1001), legacy, ChestNumber.of(1002)));
        assertThat(world.fakes.audit.last("CHEST_NUMBERS_ASSIGNED").details()).containsEntry("assigned", "0");
    }

    @Test
    void from_the_command_line_the_operator_is_audited() {
        imported(world.junior(), world.district, Seniority.JUNIOR, solo);

        assertThat(world.assignChestNumbersFromCommandLine.execute(null, "ops")).hasSize(1);

        AuditEntry audit = world.fakes.audit.last("CHEST_NUMBERS_ASSIGNED");
        assertThat(audit.actorId()).isNull();
        assertThat(audit.actorName()).isEqualTo("command-line:ops");
    }

    @Test
    void a_used_up_series_stops_the_job() {
        FestivalWorld small = new FestivalWorld(TestRules.withJuniorSeries(1001, 1001));
        FestivalEvent event = small.individualEvent("Solo");
        small.fakes.entries.create(new NewIndividualEntry(YEAR, event.id(), small.junior(), small.district,
                Seniority.JUNIOR, small.admin.accountId(), NOW));
        small.fakes.entries.create(new NewIndividualEntry(YEAR, event.id(), small.junior(), small.district,
                Seniority.JUNIOR, small.admin.accountId(), NOW));

        assertViolation(() -> small.assignChestNumbers.execute(null, small.admin), "CHEST_NUMBER_SERIES_EXHAUSTED");
        assertThat(small.fakes.audit.actions()).doesNotContain("CHEST_NUMBERS_ASSIGNED");
    }

    @Test
    void only_the_admin_runs_the_job() {
        assertForbidden(() -> world.assignChestNumbers.execute(null, world.official));
    }
}
