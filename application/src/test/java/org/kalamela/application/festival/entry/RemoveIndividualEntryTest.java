package org.kalamela.application.festival.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.JUNIOR_DOB;
import static org.kalamela.application.festival.FestivalWorld.YEAR;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;

import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.domain.festival.edition.ChestNumber;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

class RemoveIndividualEntryTest {

    private final FestivalWorld world = new FestivalWorld();
    private final FestivalEvent solo = world.individualEvent("Solo");
    private final MemberId member = world.junior();
    private final RegisteredEntry entry = world.enter(world.official, member, solo);

    @Test
    void an_official_removes_their_districts_entry_and_the_member_keeps_the_chest_number() {
        world.removeEntry.execute(entry.id(), world.official);

        assertThat(world.fakes.entries.findById(entry.id())).isEmpty();
        assertThat(world.fakes.chestNumbers.find(YEAR, member)).contains(ChestNumber.of(1001));
        assertThat(world.enter(world.official, world.junior(), solo).chestNumber()).isEqualTo(ChestNumber.of(1002));
    }

    @Test
    void another_districts_entry_or_a_missing_one_is_not_found() {
        MemberId otherMember = world.member(world.otherDistrictUnit, Gender.F, JUNIOR_DOB);
        RegisteredEntry other = world.enter(world.otherOfficial, otherMember, solo);

        assertNotFound(() -> world.removeEntry.execute(other.id(), world.official));
        assertNotFound(() -> world.removeEntry.execute(IndividualEntryId.of(999), world.official));
        assertThat(world.fakes.entries.findById(other.id())).isPresent();
    }

    @Test
    void an_entry_is_kept_once_registration_closed_or_scored() {
        world.fakes.scores.score(entry.id());
        assertViolation(() -> world.removeEntry.execute(entry.id(), world.official), "ENTRY_HAS_SCORES");

        world.closeRegistration();
        assertViolation(() -> world.removeEntry.execute(entry.id(), world.official), "REGISTRATION_CLOSED");
        assertThat(world.fakes.entries.findById(entry.id())).isPresent();
    }

    @Test
    void only_a_district_official_removes_entries() {
        assertForbidden(() -> world.removeEntry.execute(entry.id(), world.admin));
    }
}
