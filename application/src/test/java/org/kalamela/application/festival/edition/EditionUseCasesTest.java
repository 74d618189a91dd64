package org.kalamela.application.festival.edition;

import org.kalamela.application.shared.fakes.ManualChangeSignals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.kalamela.application.festival.FestivalWorld.WINDOW;
import static org.kalamela.application.festival.FestivalWorld.YEAR;
import static org.kalamela.application.festival.Refusals.assertForbidden;
import static org.kalamela.application.festival.Refusals.assertInvalidFields;
import static org.kalamela.application.festival.Refusals.assertNotFound;
import static org.kalamela.application.festival.Refusals.assertViolation;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.fakes.InMemoryEditionRepository;
import org.kalamela.domain.festival.edition.Edition;
import org.kalamela.domain.festival.edition.EditionYear;
import org.kalamela.domain.festival.edition.FestivalRules;
import org.kalamela.domain.festival.edition.RegistrationWindow;
import org.kalamela.domain.shared.audit.AuditEntry;

class EditionUseCasesTest {

    private static final EditionYear NEXT = EditionYear.of(2027);

    private final FestivalWorld world = new FestivalWorld();

    private Edition createNext() {
        return world.createEdition.execute(new CreateEdition.Command(NEXT, WINDOW, FestivalRules.defaults2026()),
                world.admin);
    }

    @Test
    void the_admin_creates_an_edition_that_is_not_current_yet() {
        Edition created = createNext();

        assertThat(world.fakes.editions.findByYear(NEXT)).contains(created);
        assertThat(world.showCurrentEdition.execute().year()).isEqualTo(YEAR);
        AuditEntry audit = world.fakes.audit.last("EDITION_CREATED");
        assertThat(audit.targetId()).isEqualTo("2027");
        assertThat(audit.actorId()).isEqualTo(world.admin.accountId());
    }

    @Test
    void a_year_is_created_once_and_every_field_is_required() {
        assertViolation(() -> world.createEdition.execute(
                new CreateEdition.Command(YEAR, WINDOW, FestivalRules.defaults2026()), world.admin), "EDITION_EXISTS");
        assertInvalidFields(() -> world.createEdition.execute(new CreateEdition.Command(null, null, null),
                world.admin), "year", "registrationWindow", "rules");
    }

    @Test
    void only_the_admin_manages_editions() {
        FestivalRules rules = FestivalRules.defaults2026();
        assertForbidden(() -> world.createEdition.execute(new CreateEdition.Command(NEXT, WINDOW, rules),
                world.official));
        assertForbidden(() -> world.changeEditionRules.execute(new ChangeEditionRules.Command(YEAR, rules),
                world.official));
        assertForbidden(() -> world.changeRegistrationWindow.execute(
                new ChangeRegistrationWindow.Command(YEAR, WINDOW), world.official));
        assertForbidden(() -> world.markCurrentEdition.execute(YEAR, world.official));
        assertForbidden(() -> world.listEditions.execute(world.official));
        assertThat(world.fakes.audit.entries()).isEmpty();
    }

    @Test
    void changed_rules_are_audited_with_every_changed_number() {
        FestivalRules d = FestivalRules.defaults2026();
        FestivalRules three = new FestivalRules(d.juniorBirthDates(), d.seniorBirthDates(), 3, 6,
                d.juniorChestNumbers(), d.seniorChestNumbers(), d.maxTeamsPerDistrictPerEvent(), d.individualFee(),
                d.teamFee(), d.conferenceDelegateFee(), d.appealFee(), d.grades(), d.rankPoints(),
                d.appealWindowMinutes(), d.kalaprathibhaMinimumEvents(), d.judgesPerEvent(), d.markAggregation(),
                d.trimmedMeanMinimumJudges());

        Edition changed = world.changeEditionRules.execute(new ChangeEditionRules.Command(YEAR, three), world.admin);

        assertThat(changed.rules()).isEqualTo(three);
        assertThat(world.edition().rules()).isEqualTo(three);
        assertThat(world.fakes.audit.last("EDITION_RULES_CHANGED").details()).isEqualTo(Map.of(
                "maxEntriesPerDistrictPerEvent", "2 -> 3", "maxIndividualEventsPerMember", "5 -> 6"));
    }

    @Test
    void unchanged_rules_are_not_audited_and_an_unknown_edition_is_not_found() {
        world.changeEditionRules.execute(new ChangeEditionRules.Command(YEAR, FestivalRules.defaults2026()),
                world.admin);

        assertThat(world.fakes.audit.actions()).isEmpty();
        assertNotFound(() -> world.changeEditionRules.execute(
                new ChangeEditionRules.Command(NEXT, FestivalRules.defaults2026()), world.admin));
    }

    @Test
    void a_changed_registration_window_is_audited_with_old_and_new_times() {
        RegistrationWindow longer = new RegistrationWindow(WINDOW.opens(), WINDOW.closes().plus(Duration.ofDays(7)));

        world.changeRegistrationWindow.execute(new ChangeRegistrationWindow.Command(YEAR, longer), world.admin);

        assertThat(world.edition().registrationWindow()).isEqualTo(longer);
        assertThat(world.fakes.audit.last("REGISTRATION_WINDOW_CHANGED").details())
                .containsOnlyKeys("closes")
                .containsEntry("closes", WINDOW.closes() + " -> " + longer.closes());
    }

    @Test
    void marking_an_edition_current_moves_official_and_public_use_cases_to_it() {
        createNext();

        world.markCurrentEdition.execute(NEXT, world.admin);

        assertThat(world.showCurrentEdition.execute().year()).isEqualTo(NEXT);
        assertThat(world.fakes.audit.last("EDITION_MARKED_CURRENT").details()).containsEntry("previous", "2026");
        assertThat(world.listEditions.execute(world.admin))
                .extracting(view -> view.edition().year(), EditionView::current)
                .containsExactly(tuple(NEXT, true), tuple(YEAR, false));
        assertNotFound(() -> world.markCurrentEdition.execute(EditionYear.of(2030), world.admin));
    }

    @Test
    void without_a_current_edition_official_use_cases_are_not_found() {
        InMemoryEditionRepository editions = new InMemoryEditionRepository();
        editions.create(new Edition(NEXT, FestivalRules.defaults2026(), WINDOW));
        CurrentEdition current = new CurrentEdition(editions, new CurrentEditionCache(editions, new ManualChangeSignals()));

        assertNotFound(current::require, "NO_CURRENT_EDITION");
        assertThat(current.orCurrent(NEXT).year()).isEqualTo(NEXT);
        assertNotFound(() -> current.orCurrent(EditionYear.of(2030)));
    }
}
