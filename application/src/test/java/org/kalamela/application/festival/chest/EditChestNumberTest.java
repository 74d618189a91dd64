package org.kalamela.application.festival.chest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.YEAR;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertInvalidFields;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;
import static org.kalamela.application.festival.fakes.RecordingParticipationLocks.member;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.id.MemberId;

class EditChestNumberTest {

    private final FestivalWorld world = new FestivalWorld();
    private final FestivalEvent solo = world.individualEvent("Solo");
    private final MemberId junior = world.junior();
    private final MemberId otherJunior = world.junior();

    @BeforeEach
    void entered() {
        world.enter(world.official, junior, solo);
        world.enter(world.official, otherJunior, solo);
    }

    private ChestNumber edit(MemberId member, Integer number) {
        return world.editChestNumber.execute(new EditChestNumber.Command(null, member, number), world.admin);
    }

    @Test
    void the_admin_gives_a_free_number_of_the_members_series_and_it_is_audited() {
        assertThat(edit(junior, 1500)).isEqualTo(ChestNumber.of(1500));

        assertThat(world.fakes.chestNumbers.find(YEAR, junior)).contains(ChestNumber.of(1500));
        assertThat(world.fakes.audit.last("CHEST_NUMBER_EDITED").details())
                .containsEntry("chestNumber", "1001 -> 1500");
        assertThat(world.fakes.locks.taken()).endsWith(member(YEAR, junior));
    }

    @Test
    void the_replaced_number_stays_reserved_for_the_member() {
        edit(junior, 1500);

        assertViolation(() -> edit(otherJunior, 1001), "CHEST_NUMBER_TAKEN");
        assertThat(edit(junior, 1001)).isEqualTo(ChestNumber.of(1001));
    }

    @Test
    void a_number_outside_the_members_series_or_held_by_another_is_refused() {
        assertViolation(() -> edit(junior, 2001), "CHEST_NUMBER_WRONG_SERIES");
        assertViolation(() -> edit(junior, 3000), "CHEST_NUMBER_OUT_OF_SERIES");
        assertViolation(() -> edit(junior, 1002), "CHEST_NUMBER_TAKEN");
        assertInvalidFields(() -> edit(junior, 0), "chestNumber");
        assertInvalidFields(() -> edit(junior, null), "chestNumber");
        assertThat(world.fakes.chestNumbers.find(YEAR, junior)).contains(ChestNumber.of(1001));
    }

    @Test
    void keeping_the_same_number_changes_nothing() {
        assertThat(edit(junior, 1001)).isEqualTo(ChestNumber.of(1001));
        assertThat(world.fakes.audit.actions()).doesNotContain("CHEST_NUMBER_EDITED");
    }

    @Test
    void a_member_without_a_number_has_nothing_to_correct() {
        assertNotFound(() -> edit(world.junior(), 1500), "CHEST_NUMBER_NOT_FOUND");
        assertNotFound(() -> edit(MemberId.of(999), 1500));
    }

    @Test
    void only_the_admin_corrects_chest_numbers() {
        assertForbidden(() -> world.editChestNumber.execute(new EditChestNumber.Command(null, junior, 1500),
                world.official));
    }
}
