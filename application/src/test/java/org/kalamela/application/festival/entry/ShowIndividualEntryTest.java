package org.kalamela.application.festival.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.FestivalWorld.JUNIOR_DOB;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertNotFound;

import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

class ShowIndividualEntryTest {

    private final FestivalWorld world = new FestivalWorld();
    private final FestivalEvent solo = world.individualEvent("Solo");
    private final RegisteredEntry entry = world.enter(world.official, world.junior(), solo);

    @Test
    void an_official_reads_their_districts_entry_as_it_was_answered_when_made() {
        assertThat(world.showEntry.execute(entry.id(), world.official)).isEqualTo(entry);
    }

    @Test
    void another_districts_entry_a_removed_one_or_a_missing_one_is_not_found() {
        MemberId otherMember = world.member(world.otherDistrictUnit, Gender.F, JUNIOR_DOB);
        RegisteredEntry other = world.enter(world.otherOfficial, otherMember, solo);
        assertNotFound(() -> world.showEntry.execute(other.id(), world.official));
        assertNotFound(() -> world.showEntry.execute(IndividualEntryId.of(999), world.official));

        world.removeEntry.execute(entry.id(), world.official);
        assertNotFound(() -> world.showEntry.execute(entry.id(), world.official));
    }

    @Test
    void only_a_district_official_reads_entries_here() {
        assertForbidden(() -> world.showEntry.execute(entry.id(), world.admin));
    }
}
