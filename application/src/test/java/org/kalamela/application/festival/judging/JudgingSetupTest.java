package org.kalamela.application.festival.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kalamela.application.festival.FestivalWorld;
import org.kalamela.application.festival.fakes.FestivalFakes;
import org.kalamela.application.festival.judging.ChangeEventCriteria.CriterionForm;
import org.kalamela.application.identity.fakes.InMemoryAccountRepository;
import org.kalamela.domain.festival.draw.CodeLetter;
import org.kalamela.domain.festival.draw.DrawPolicy;
import org.kalamela.domain.festival.draw.DrawSeed;
import org.kalamela.domain.festival.draw.Performer;
import org.kalamela.domain.festival.entry.IndividualEntryId;
import org.kalamela.domain.festival.event.EventId;
import org.kalamela.domain.festival.event.FestivalEvent;
import org.kalamela.domain.festival.judging.EventCriteria;
import org.kalamela.domain.festival.judging.SheetMark;
import org.kalamela.domain.festival.judging.SheetState;
import org.kalamela.domain.festival.judging.Submission;
import org.kalamela.domain.festival.result.EventResult;
import org.kalamela.domain.festival.result.EventResultState;
import org.kalamela.domain.identity.account.NewAccount;
import org.kalamela.domain.shared.actor.Actor;
import org.kalamela.domain.shared.actor.Role;
import org.kalamela.domain.shared.error.FieldError;
import org.kalamela.domain.shared.error.Forbidden;
import org.kalamela.domain.shared.error.InvalidInput;
import org.kalamela.domain.shared.error.NotFound;
import org.kalamela.domain.shared.error.RuleViolation;
import org.kalamela.domain.shared.id.AccountId;

class JudgingSetupTest {

    private final FestivalWorld world = new FestivalWorld();
    private final FestivalFakes fakes = world.fakes;
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
    private final Actor admin = world.admin;

    private final ShowPanel showPanel = new ShowPanel(fakes.events, fakes.editions, fakes.criteria, fakes.draws,
            fakes.results, fakes.sheets, accounts);
    private final AssignJudge assign = new AssignJudge(fakes.events, fakes.editions, fakes.criteria, fakes.draws,
            fakes.results, fakes.sheets, accounts, fakes.judgingLocks, fakes.audit, world.clock);
    private final RemoveJudge remove = new RemoveJudge(fakes.events, fakes.editions, fakes.criteria, fakes.draws,
            fakes.results, fakes.sheets, accounts, fakes.judgingLocks, fakes.audit, world.clock);
    private final ShowEventCriteria showCriteria = new ShowEventCriteria(fakes.events, fakes.editions,
            fakes.criteria, fakes.draws, fakes.results, fakes.sheets);
    private final ChangeEventCriteria changeCriteria = new ChangeEventCriteria(fakes.events, fakes.editions,
            fakes.criteria, fakes.draws, fakes.results, fakes.sheets, fakes.judgingLocks, fakes.audit, world.clock);
    private final ListMyJudgingEvents myEvents = new ListMyJudgingEvents(fakes.events, fakes.editions,
            fakes.criteria, fakes.draws, fakes.results, fakes.sheets);

    private final FestivalEvent song = world.individualEvent("Light Music");
    private final FestivalEvent dance = world.individualEvent("Bharatanatyam");

    private AccountId account(String username, Role role, boolean active) {
        AccountId id = accounts.create(new NewAccount(username, null, null, "Name of " + username, "hash", role,
                role == Role.DISTRICT_OFFICIAL ? world.district : null, null));
        if (!active) {
            accounts.setActive(id, false);
        }
        return id;
    }

    private AccountId judge(String username) {
        return account(username, Role.JUDGE, true);
    }

    private Actor actorOf(AccountId judge) {
        return accounts.findById(judge).orElseThrow().asActor();
    }

    /** Draws the event over {@code entries} made-up entries: code letters A, B, ... */
    private void draw(FestivalEvent event, int entries) {
        List<Performer> performers = IntStream.rangeClosed(1, entries)
                .mapToObj(i -> Performer.entry(IndividualEntryId.of(event.id().value() * 100 + i))).toList();
        fakes.draws.replace(DrawPolicy.draw(event.id(), event.edition(), performers, new DrawSeed("7".repeat(64)),
                admin, FestivalWorld.NOW));
    }

    private void mark(FestivalEvent event, AccountId judge, String letter, String mark) {
        fakes.criteria.fixed(event.id());
        fakes.sheets.saveMarks(event.id(), judge, List.of(new SheetMark(new CodeLetter(letter), 1,
                new BigDecimal(mark))), judge, false, FestivalWorld.NOW);
    }

    private static List<CriterionForm> criteria(Object... nameAndMaximum) {
        return IntStream.range(0, nameAndMaximum.length / 2).mapToObj(i -> new CriterionForm(
                (String) nameAndMaximum[2 * i], nameAndMaximum[2 * i + 1] == null ? null
                : new BigDecimal(nameAndMaximum[2 * i + 1].toString()))).toList();
    }

    @Test
    void the_admin_seats_judges_up_to_the_editions_panel_size_under_the_events_lock() {
        AccountId first = judge("first");
        AccountId second = judge("second");
        AccountId third = judge("third");

        assign.execute(song.id(), first, admin);
        assign.execute(song.id(), second, admin);
        PanelView panel = assign.execute(song.id(), third, admin);

        assertThat(panel.judgesPerEvent()).isEqualTo(3);
        assertThat(panel.judges()).extracting(PanelView.Seat::username).containsExactly("first", "second", "third");
        assertThat(panel.judges()).extracting(PanelView.Seat::sheetState).containsOnly(SheetState.EMPTY);
        assertThat(panel.resultState()).isEqualTo(EventResultState.SCORING);
        assertThat(fakes.judgingLocks.locked()).containsExactly(song.id(), song.id(), song.id());
        assertThatThrownBy(() -> assign.execute(song.id(), judge("fourth"), admin))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("PANEL_FULL"));
        assertThat(fakes.audit.count("JUDGE_ASSIGNED")).isEqualTo(3);
        assertThat(fakes.audit.last("JUDGE_ASSIGNED").details())
                .containsEntry("judge", "third").containsEntry("seat", "3 of 3");
    }

    @Test
    void only_an_active_judge_sits_on_a_panel_and_once() {
        AccountId judge = judge("judge");
        assign.execute(song.id(), judge, admin);

        assertRefused(() -> assign.execute(song.id(), judge, admin), "ALREADY_ON_PANEL");
        assertRefused(() -> assign.execute(song.id(), account("official", Role.DISTRICT_OFFICIAL, true), admin),
                "NOT_A_JUDGE");
        assertRefused(() -> assign.execute(song.id(), account("retired", Role.JUDGE, false), admin), "NOT_A_JUDGE");
        assertThatThrownBy(() -> assign.execute(song.id(), AccountId.of(987_654), admin))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> assign.execute(EventId.of(987_654), judge("other"), admin))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> assign.execute(song.id(), null, admin)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("judgeId"));
        assertThat(fakes.sheets.panel(song.id())).hasSize(1);
    }

    @Test
    void a_computed_result_keeps_its_panel() {
        AccountId judge = judge("judge");
        assign.execute(song.id(), judge, admin);
        fakes.results.save(EventResult.scoring(song.id(), song.edition()).tabulate(FestivalWorld.NOW));

        assertRefused(() -> assign.execute(song.id(), judge("late"), admin), "ILLEGAL_RESULT_TRANSITION");
        assertRefused(() -> remove.execute(song.id(), judge, admin), "ILLEGAL_RESULT_TRANSITION");
        assertThat(showPanel.execute(song.id(), admin).resultState()).isEqualTo(EventResultState.TABULATED);
    }

    @Test
    void a_judge_without_marks_leaves_the_panel_and_one_with_marks_stays() {
        draw(song, 2);
        AccountId marking = judge("marking");
        AccountId idle = judge("idle");
        assign.execute(song.id(), marking, admin);
        assign.execute(song.id(), idle, admin);
        mark(song, marking, "A", "70");

        remove.execute(song.id(), idle, admin);

        assertRefused(() -> remove.execute(song.id(), marking, admin), "JUDGE_HAS_MARKS");
        assertThatThrownBy(() -> remove.execute(song.id(), idle, admin)).isInstanceOf(NotFound.class);
        assertThat(showPanel.execute(song.id(), admin).judges()).extracting(PanelView.Seat::username)
                .containsExactly("marking");
        assertThat(fakes.audit.last("JUDGE_UNASSIGNED").details()).containsEntry("judge", "idle");
    }

    @Test
    void the_panel_shows_each_sheets_state_and_the_marks_missing_once_drawn() {
        AccountId empty = judge("empty");
        AccountId started = judge("started");
        AccountId done = judge("done");
        for (AccountId judge : List.of(empty, started, done)) {
            assign.execute(song.id(), judge, admin);
        }
        assertThat(showPanel.execute(song.id(), admin).judges()).extracting(PanelView.Seat::marksMissing)
                .containsOnlyNulls();
        draw(song, 3);
        mark(song, started, "A", "61.5");
        mark(song, done, "A", "70");
        mark(song, done, "B", "71");
        mark(song, done, "C", "72");
        fakes.sheets.submit(song.id(), done, new Submission(FestivalWorld.NOW, done, false));

        PanelView panel = showPanel.execute(song.id(), admin);

        assertThat(panel.drawn()).isTrue();
        assertThat(panel.codeLetters()).isEqualTo(3);
        assertThat(panel.judges()).extracting(PanelView.Seat::sheetState)
                .containsExactly(SheetState.EMPTY, SheetState.IN_PROGRESS, SheetState.SUBMITTED);
        assertThat(panel.judges()).extracting(PanelView.Seat::marksMissing).containsExactly(3, 2, 0);
        assertThat(panel.judges()).extracting(PanelView.Seat::submittedAt)
                .containsExactly(null, null, FestivalWorld.NOW);
    }

    @Test
    void criteria_default_to_one_overall_of_100_until_the_admin_sets_them() {
        CriteriaView shown = showCriteria.execute(song.id(), admin);

        assertThat(shown.stored()).isFalse();
        assertThat(shown.criteria()).containsExactly(new CriteriaView.Item(1, "Overall", new BigDecimal("100.00")));
        assertThat(fakes.criteria.find(song.id())).isEmpty();

        CriteriaView changed = changeCriteria.execute(song.id(), criteria("Sruthi", 40, "Bhavam", "35.5",
                "Thalam", "24.5"), admin);

        assertThat(changed.stored()).isTrue();
        assertThat(showCriteria.execute(song.id(), admin)).isEqualTo(changed);
        assertThat(changed.criteria()).extracting(CriteriaView.Item::name).containsExactly("Sruthi", "Bhavam", "Thalam");
        assertThat(fakes.audit.last("EVENT_CRITERIA_CHANGED").details())
                .containsEntry("old", "Overall 100 (default)").containsEntry("new", "Sruthi 40; Bhavam 35.5; Thalam 24.5");
        assertThat(fakes.judgingLocks.locked()).containsExactly(song.id());
    }

    @Test
    void bad_criteria_are_field_errors_under_their_place_and_change_nothing() {
        changeCriteria.execute(song.id(), criteria("Sruthi", 60, "Bhavam", 40), admin);

        assertFieldErrors(criteria("Overall", 101), "criteria[0].maximum");
        assertFieldErrors(criteria("Sruthi", 60, "Bhavam", 30), "criteria");
        assertFieldErrors(criteria("Sruthi", "50.005", " ", 50), "criteria[0].maximum", "criteria[1].name");
        assertFieldErrors(criteria("Sruthi", 50, "sruthi", 50), "criteria");
        assertFieldErrors(criteria("Sruthi", -1, "Bhavam", null), "criteria[0].maximum", "criteria[1].maximum");
        assertFieldErrors(List.of(), "criteria");
        assertFieldErrors(null, "criteria");

        assertThat(fakes.criteria.find(song.id())).map(EventCriteria::size).contains(2);
        assertThat(fakes.audit.count("EVENT_CRITERIA_CHANGED")).isEqualTo(1);
    }

    @Test
    void criteria_are_locked_once_a_mark_exists() {
        draw(song, 1);
        AccountId judge = judge("judge");
        assign.execute(song.id(), judge, admin);
        mark(song, judge, "A", "80");

        assertRefused(() -> changeCriteria.execute(song.id(), criteria("Sruthi", 60, "Bhavam", 40), admin),
                "CRITERIA_LOCKED");
        assertThat(showCriteria.execute(song.id(), admin).locked()).isTrue();
        assertThat(fakes.criteria.find(song.id())).contains(EventCriteria.DEFAULT);
    }

    @Test
    void a_judge_lists_only_their_own_events_with_criteria_sheet_and_result_state() {
        AccountId ravi = judge("ravi");
        AccountId meera = judge("meera");
        assign.execute(dance.id(), ravi, admin);
        assign.execute(song.id(), ravi, admin);
        assign.execute(song.id(), meera, admin);
        changeCriteria.execute(dance.id(), criteria("Nritham", 50, "Abhinayam", 50), admin);
        draw(song, 2);
        mark(song, ravi, "B", "55");

        List<JudgingAssignment> mine = myEvents.execute(actorOf(ravi));

        assertThat(mine).extracting(JudgingAssignment::eventId)
                .containsExactly(song.id().value(), dance.id().value());
        JudgingAssignment songs = mine.get(0);
        assertThat(songs.codeLetters()).isEqualTo(2);
        assertThat(songs.sheetState()).isEqualTo(SheetState.IN_PROGRESS);
        assertThat(songs.marksGiven()).isEqualTo(1);
        assertThat(songs.marksMissing()).isEqualTo(1);
        assertThat(songs.resultState()).isEqualTo(EventResultState.SCORING);
        JudgingAssignment dances = mine.get(1);
        assertThat(dances.criteria()).extracting(CriteriaView.Item::name).containsExactly("Nritham", "Abhinayam");
        assertThat(dances.codeLetters()).isNull();
        assertThat(dances.marksMissing()).isNull();
        assertThat(myEvents.execute(actorOf(meera))).extracting(JudgingAssignment::eventId)
                .containsExactly(song.id().value());
        assertThat(myEvents.execute(actorOf(judge("idle")))).isEmpty();
    }

    @Test
    void only_the_admin_sets_up_judging_and_only_a_judge_has_a_list_of_their_own() {
        AccountId judge = judge("judge");
        Actor judgeActor = actorOf(judge);
        for (Actor other : List.of(world.official, judgeActor)) {
            assertThatThrownBy(() -> assign.execute(song.id(), judge, other)).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> remove.execute(song.id(), judge, other)).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> showPanel.execute(song.id(), other)).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> showCriteria.execute(song.id(), other)).isInstanceOf(Forbidden.class);
            assertThatThrownBy(() -> changeCriteria.execute(song.id(), criteria("Overall", 100), other))
                    .isInstanceOf(Forbidden.class);
        }
        for (Actor other : List.of(admin, world.official)) {
            assertThatThrownBy(() -> myEvents.execute(other)).isInstanceOf(Forbidden.class);
        }
        assertThat(fakes.sheets.panel(song.id())).isEmpty();
        assertThat(fakes.audit.entries()).isEmpty();
    }

    private void assertFieldErrors(List<CriterionForm> forms, String... fields) {
        assertThatThrownBy(() -> changeCriteria.execute(song.id(), forms, admin))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder(fields));
    }

    private static void assertRefused(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
