package org.kalamela.application.festival.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.edition.ChangeRegistrationWindow;
import org.kalamela.application.festival.query.AppearanceRow;
import org.kalamela.domain.festival.draw.Appearance;
import org.kalamela.domain.festival.draw.Draw;
import org.kalamela.domain.festival.draw.DrawPolicy;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.shared.audit.AuditEntry;
import org.kalamela.domain.shared.id.MemberId;
import org.kalamela.domain.shared.value.Gender;

class DrawUseCasesTest {

    private final DrawWorld world = new DrawWorld();

    @Test
    void the_admin_draws_every_entry_a_place_and_the_recorded_seed_replays_it() {
        FestivalEvent song = world.eventWithEntries("Light music", 5);
        world.closeRegistration();

        DrawView view = world.draw.execute(song.id(), world.festival.admin);

        Draw stored = world.fakes.draws.find(song.id()).orElseThrow();
        assertThat(view.drawn()).isTrue();
        assertThat(view.seed()).contains(stored.seed());
        assertThat(view.appearances()).extracting(AppearanceRow::codeLetter).containsExactly("A", "B", "C", "D", "E");
        assertThat(view.notDrawn()).isZero();
        assertThat(DrawPolicy.order(world.fakes.performers.of(song.id()), stored.seed()))
                .isEqualTo(stored.appearances());
        assertThat(world.fakes.judgingLocks.locked()).containsExactly(song.id());
        AuditEntry audit = world.fakes.audit.last("ORDER_OF_APPEARANCE_DRAWN");
        assertThat(audit.details()).containsEntry("seed", stored.seed().hex()).containsEntry("performers", "5")
                .containsEntry("again", "false").containsEntry("event", "Light music");
    }

    @Test
    void each_place_names_the_chest_number_member_unit_and_district() {
        FestivalEvent song = world.festival.individualEvent("Light music");
        MemberId anu = world.festival.member(world.festival.unit, "അനു ജോർജ്", Gender.F,
                FestivalWorld.JUNIOR_DOB);
        world.festival.enter(world.festival.official, anu, song);
        world.closeRegistration();

        AppearanceRow only = world.draw.execute(song.id(), world.festival.admin).appearances().get(0);

        String chestNumber = world.fakes.chestNumbers.find(FestivalWorld.YEAR, anu)
                .orElseThrow().toString();
        assertThat(only).isEqualTo(new AppearanceRow(1, "A", chestNumber, "അനു ജോർജ്", "Ascension", "Kottayam"));
    }

    @Test
    void teams_are_drawn_with_their_codes_and_members() {
        FestivalEvent group = world.festival.groupEvent("Group song", 2, 4, 2);
        List<MemberId> first = world.festival.juniors(world.festival.unit, 2);
        List<MemberId> second = world.festival.juniors(world.festival.secondUnit, 2);
        world.festival.team(world.festival.official, group, world.festival.unit, first);
        world.festival.team(world.festival.official, group, world.festival.secondUnit, second);
        world.closeRegistration();

        DrawView view = world.draw.execute(group.id(), world.festival.admin);

        assertThat(view.appearances()).hasSize(2).allSatisfy(row -> {
            assertThat(row.number()).startsWith(group.shortCode() + "-");
            assertThat(row.names()).contains(", ");
        });
        assertThat(view.appearances()).extracting(AppearanceRow::unit).containsExactlyInAnyOrder("Ascension", "Bethel");
    }

    @Test
    void drawing_again_replaces_the_draw_until_a_mark_exists() {
        FestivalEvent song = world.eventWithEntries("Light music", 4);
        world.closeRegistration();
        world.draw.execute(song.id(), world.festival.admin);
        Draw first = world.fakes.draws.find(song.id()).orElseThrow();

        world.draw.execute(song.id(), world.festival.admin);

        Draw second = world.fakes.draws.find(song.id()).orElseThrow();
        assertThat(second.seed()).isNotEqualTo(first.seed());
        assertThat(world.fakes.audit.last("ORDER_OF_APPEARANCE_DRAWN").details()).containsEntry("again", "true");

        world.judgeWhoMarked(song, 40);

        assertViolation(() -> world.draw.execute(song.id(), world.festival.admin), "DRAW_LOCKED");
        assertThat(world.fakes.draws.find(song.id())).contains(second);
        assertThat(world.fakes.audit.count("ORDER_OF_APPEARANCE_DRAWN")).isEqualTo(2);
    }

    @Test
    void the_draw_waits_until_registration_closes_and_a_refusal_draws_nothing() {
        FestivalEvent song = world.eventWithEntries("Light music", 3);

        assertViolation(() -> world.draw.execute(song.id(), world.festival.admin), "DRAW_BEFORE_REGISTRATION_CLOSED");
        assertThat(world.fakes.draws.find(song.id())).isEmpty();
        assertThat(world.fakes.audit.count("ORDER_OF_APPEARANCE_DRAWN")).isZero();

        world.closeRegistration();
        world.draw.execute(song.id(), world.festival.admin);
        world.reopenRegistration();

        assertViolation(() -> world.draw.execute(song.id(), world.festival.admin), "DRAW_BEFORE_REGISTRATION_CLOSED");
        assertThat(world.fakes.audit.count("ORDER_OF_APPEARANCE_DRAWN")).isEqualTo(1);
    }

    @Test
    void once_a_judge_has_marked_registration_stays_closed_though_its_closing_time_may_be_corrected() {
        FestivalEvent song = world.eventWithEntries("Light music", 3);
        world.closeRegistration();
        world.draw.execute(song.id(), world.festival.admin);
        world.judgeWhoMarked(song, 40);
        RegistrationWindow closed = window();
        long changes = world.fakes.audit.count("REGISTRATION_WINDOW_CHANGED");

        assertViolation(world::reopenRegistration, "REOPEN_AFTER_MARKS");
        Instant later = world.festival.clock.instant().plusSeconds(60);
        assertViolation(() -> changeWindow(new RegistrationWindow(later, later.plusSeconds(3_600))),
                "REOPEN_AFTER_MARKS");
        assertThat(window()).isEqualTo(closed);
        assertThat(world.fakes.audit.count("REGISTRATION_WINDOW_CHANGED")).isEqualTo(changes);

        RegistrationWindow corrected = new RegistrationWindow(closed.opens(), closed.closes().minusSeconds(600));
        changeWindow(corrected);
        assertThat(window()).isEqualTo(corrected);
    }

    private RegistrationWindow window() {
        return world.fakes.editions.findByYear(FestivalWorld.YEAR).orElseThrow().registrationWindow();
    }

    private void changeWindow(RegistrationWindow window) {
        world.festival.changeRegistrationWindow.execute(
                new ChangeRegistrationWindow.Command(FestivalWorld.YEAR, window), world.festival.admin);
    }

    @Test
    void an_event_nobody_entered_has_nothing_to_draw() {
        FestivalEvent empty = world.festival.individualEvent("Mime");
        world.closeRegistration();

        assertViolation(() -> world.draw.execute(empty.id(), world.festival.admin), "NOTHING_TO_DRAW");
        assertThat(world.fakes.draws.find(empty.id())).isEmpty();
    }

    @Test
    void only_the_admin_draws_or_reads_a_draw_of_an_event_of_the_current_edition() {
        FestivalEvent song = world.eventWithEntries("Light music", 2);
        world.closeRegistration();

        assertForbidden(() -> world.draw.execute(song.id(), world.festival.official));
        assertForbidden(() -> world.showDraw.execute(song.id(), world.festival.official));
        assertNotFound(() -> world.draw.execute(EventId.of(999), world.festival.admin));
        assertNotFound(() -> world.showDraw.execute(EventId.of(999), world.festival.admin));
        assertThat(world.fakes.draws.find(song.id())).isEmpty();
        assertThat(world.fakes.audit.count("ORDER_OF_APPEARANCE_DRAWN")).isZero();
    }

    @Test
    void the_shown_draw_says_who_entered_after_it() {
        FestivalEvent song = world.eventWithEntries("Light music", 3);
        DrawView before = world.showDraw.execute(song.id(), world.festival.admin);
        assertThat(before.drawn()).isFalse();
        assertThat(before.appearances()).isEmpty();
        assertThat(before.notDrawn()).isEqualTo(3);
        world.closeRegistration();
        world.draw.execute(song.id(), world.festival.admin);

        world.reopenRegistration();
        world.festival.enter(world.festival.official, world.festival.senior(), song);

        DrawView after = world.showDraw.execute(song.id(), world.festival.admin);
        assertThat(after.appearances()).hasSize(3);
        assertThat(after.notDrawn()).isEqualTo(1);
        assertThat(after.drawnBy()).contains(world.festival.admin.accountId());
        assertThat(world.fakes.draws.find(song.id()).orElseThrow().appearances()).extracting(Appearance::position)
                .containsExactly(1, 2, 3);
    }
}
