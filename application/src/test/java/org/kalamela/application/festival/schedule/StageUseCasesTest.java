package org.kalamela.application.festival.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertInvalidFields;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;

import org.junit.jupiter.api.Test;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.schedule.Stage;
import org.kalamela.domain.festival.schedule.StageDetails;
import org.kalamela.domain.festival.schedule.StageId;

class StageUseCasesTest {

    private final ScheduleWorld world = new ScheduleWorld();

    @Test
    void the_admin_creates_lists_edits_and_deletes_stages_of_the_current_edition_audited() {
        Stage town = world.stage("Town hall");
        Stage annex = world.stage("Annex");

        assertThat(world.listStages.execute(world.festival.admin)).containsExactly(annex, town);
        assertThat(world.fakes.audit.last("STAGE_CREATED").details()).containsEntry("name", "Annex")
                .containsEntry("capacity", "500");

        Stage edited = world.editStage.execute(town.id(), new StageDetails("Town hall", "Municipal hall", 900),
                world.festival.admin);
        assertThat(edited.details().location()).isEqualTo("Municipal hall");
        assertThat(world.fakes.audit.last("STAGE_EDITED").details()).containsKeys("location", "capacity")
                .doesNotContainKey("name");

        world.deleteStage.execute(annex.id(), world.festival.admin);
        assertThat(world.listStages.execute(world.festival.admin)).containsExactly(edited);
        assertThat(world.fakes.audit.last("STAGE_DELETED").details()).containsEntry("name", "Annex");
    }

    @Test
    void a_stage_name_is_unique_and_the_details_are_checked() {
        Stage town = world.stage("Town hall");
        Stage annex = world.stage("Annex");

        assertViolation(() -> world.stage("TOWN HALL"), "STAGE_NAME_TAKEN");
        assertViolation(() -> world.editStage.execute(annex.id(), new StageDetails("town hall", "x", 1),
                world.festival.admin), "STAGE_NAME_TAKEN");
        assertThat(world.editStage.execute(town.id(), new StageDetails("Town Hall", "x", 1), world.festival.admin)
                .name()).isEqualTo("Town Hall");
        assertInvalidFields(() -> world.createStage.execute(new StageDetails("", "x", 0), world.festival.admin),
                "name", "capacity");
        assertInvalidFields(() -> world.createStage.execute(null, world.festival.admin), "body");
    }

    @Test
    void a_stage_in_use_is_kept_and_another_editions_stage_is_not_found() {
        Stage town = world.stage("Town hall");
        world.schedule(world.festival.individualEvent("Light music"), town, 0);

        assertViolation(() -> world.deleteStage.execute(town.id(), world.festival.admin), "STAGE_IN_USE");
        Stage elsewhere = world.fakes.stages.create(EditionYear.of(2027), new StageDetails("Far", "Kollam", 5));
        assertNotFound(() -> world.deleteStage.execute(elsewhere.id(), world.festival.admin));
        assertNotFound(() -> world.editStage.execute(StageId.of(999), new StageDetails("x", "y", 1),
                world.festival.admin));
    }

    @Test
    void only_the_admin_manages_stages() {
        Stage town = world.stage("Town hall");

        assertForbidden(() -> world.listStages.execute(world.festival.official));
        assertForbidden(() -> world.createStage.execute(new StageDetails("x", "y", 1), world.festival.official));
        assertForbidden(() -> world.editStage.execute(town.id(), new StageDetails("x", "y", 1),
                world.festival.official));
        assertForbidden(() -> world.deleteStage.execute(town.id(), world.festival.official));
        assertThat(world.listStages.execute(world.festival.admin)).containsExactly(town);
    }
}
