package org.kalamela.bootstrap.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kalamela.adapters.persistence.migration.PostgresLegacyIdMap;
import org.kalamela.application.migration.LegacyIdMap;
import org.kalamela.application.migration.LegacyTable;
import org.kalamela.bootstrap.festival.FestivalSql;
import org.kalamela.bootstrap.jobs.ImportLegacyJob;
import org.kalamela.bootstrap.support.Api;

/**
 * The legacy import end to end (issue 17): the old Django tables with their dirt in a database of their own,
 * imported through the command-line job into an edition made over HTTP; a dry run keeps nothing, a run interrupted
 * part-way keeps its committed batches and the next run resumes after them, the import loads what the new model
 * can hold and reports the rest, a second run changes nothing, and an imported Django password signs in over HTTP
 * (and is rehashed).
 */
@QuarkusTest
class ImportLegacyApiTest {

    private static final int YEAR = 2241;

    private final Api api = Api.newClient();
    private final LegacyFixtureDatabase old = new LegacyFixtureDatabase();

    @Inject
    ImportLegacyJob job;

    @Inject
    FestivalSql sql;

    @Inject
    EntityManager em;

    /**
     * The id map, failing when a batch of one table is to be remembered: that batch's transaction rolls back and
     * the run ends there, as a run killed or cut off from the database mid-table would. (A mock of the bean
     * stands in for its class, so it extends it.)
     */
    private static final class InterruptingIdMap extends PostgresLegacyIdMap {

        private final LegacyTable interruptAt;

        InterruptingIdMap(EntityManager em, LegacyTable interruptAt) {
            super(em);
            this.interruptAt = interruptAt;
        }

        @Override
        public void remember(LegacyTable table, Map<Long, Long> imported) {
            if (table == interruptAt) {
                throw new IllegalStateException("interrupted at " + table);
            }
            super.remember(table, imported);
        }
    }

    /** A run's counts as if it had run alone: what it imported and what the interrupted run had imported. */
    private static Map<String, long[]> together(Map<String, long[]> counts) {
        Map<String, long[]> together = new HashMap<>();
        counts.forEach((table, c) -> together.put(table, new long[] {c[0], c[1] + c[2], 0, c[3]}));
        return together;
    }

    private List<String> arguments(Path report, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--url", old.url, "--user", old.user, "--password",
                old.password, "--edition", Integer.toString(YEAR), "--report", report.toString()));
        arguments.addAll(List.of(more));
        return arguments;
    }

    private static Map<String, long[]> counts(JsonNode report) {
        Map<String, long[]> counts = new HashMap<>();
        report.get("tables").forEach(t -> counts.put(t.get("table").asText(), new long[] {t.get("read").asLong(),
                t.get("imported").asLong(), t.get("alreadyImported").asLong(), t.get("skipped").asLong()}));
        return counts;
    }

    private static List<String> reasons(JsonNode report, String table) {
        List<String> reasons = new ArrayList<>();
        report.get("skipped").forEach(row -> {
            if (row.get("table").asText().equals(table)) {
                reasons.add(row.get("id").asLong() + ": " + row.get("reason").asText());
            }
        });
        return reasons;
    }

    private static JsonNode read(Path report) throws IOException {
        return new ObjectMapper().readTree(Files.readString(report));
    }

    @Test
    void theOldDataComesOverOnceWithEverySkippedRowExplained() throws IOException {
        old.reset();
        Instant now = Instant.now();
        // An old festival goes to an edition whose registration has closed: its events' orders are drawn after it.
        api.as(api.adminToken()).body(Map.of("year", YEAR, "registrationWindow", Map.of("opens",
                        now.minus(Duration.ofDays(60)).toString(), "closes", now.minus(Duration.ofDays(30)).toString()),
                "rules", rules())).post("/api/v1/kalamela/editions").then().statusCode(201);
        Path dryRun = Files.createTempFile("legacy-dry-run", ".json");
        Path interrupted = Files.createTempFile("legacy-interrupted", ".json");
        Path first = Files.createTempFile("legacy-first", ".json");
        Path second = Files.createTempFile("legacy-second", ".json");

        assertThat(job.run(arguments(dryRun, "--dry-run"))).isEqualTo(3);
        assertThat(sql.count("SELECT count(*) FROM legacy_import_ids")).isZero();
        assertThat(sql.count("SELECT count(*) FROM accounts WHERE username = 'legacy.office'")).isZero();

        QuarkusMock.installMockForType(new InterruptingIdMap(em, LegacyTable.GROUP_SCORECARDS), LegacyIdMap.class);
        assertThatThrownBy(() -> job.run(arguments(interrupted)))
                .hasMessageContaining("interrupted at GROUP_SCORECARDS");
        assertThat(sql.count("SELECT count(*) FROM legacy_import_ids WHERE legacy_table = 'INDIVIDUAL_SCORECARDS'"))
                .isEqualTo(4);
        assertThat(sql.count("SELECT count(*) FROM legacy_import_ids WHERE legacy_table IN ('GROUP_SCORECARDS',"
                + " 'APPEALS', 'APPEAL_PAYMENTS')")).isZero();
        assertThat(sql.count("SELECT count(*) FROM event_results WHERE edition_year = ?1", YEAR)).isEqualTo(2);
        assertThat(sql.count("SELECT last_number FROM result_number_counters WHERE edition_year = ?1", YEAR))
                .isEqualTo(2);
        QuarkusMock.installMockForType(new PostgresLegacyIdMap(em), LegacyIdMap.class);

        assertThat(job.run(arguments(first))).isEqualTo(3);
        JsonNode report = read(first);
        assertThat(counts(report).get("kalamela_individualeventscorecard")).containsExactly(9, 0, 4, 5);
        assertThat(counts(report).get("kalamela_groupeventscorecard")).containsExactly(6, 3, 0, 3);
        assertThat(counts(report).get("auth_app_unitmembers")).containsExactly(14, 0, 9, 5);
        Map<String, long[]> counts = together(counts(report));
        assertThat(counts(read(dryRun))).allSatisfy((table, c) -> assertThat(c).as(table)
                .containsExactly(counts.get(table)));
        assertThat(counts.get("auth_app_clergydistrict")).containsExactly(3, 2, 0, 1);
        assertThat(counts.get("auth_app_unitname")).containsExactly(4, 3, 0, 1);
        assertThat(counts.get("auth_app_customuser")).containsExactly(10, 6, 0, 4);
        assertThat(counts.get("auth_app_unitregistrationdata")).containsExactly(6, 3, 0, 3);
        assertThat(counts.get("auth_app_unitdetails")).containsExactly(3, 2, 0, 1);
        assertThat(counts.get("auth_app_unitmembers")).containsExactly(14, 9, 0, 5);
        assertThat(counts.get("auth_app_unitofficials")).containsExactly(2, 1, 0, 1);
        assertThat(counts.get("auth_app_unitcouncilor")).containsExactly(4, 3, 0, 1);
        assertThat(counts.get("kalamela_individualevent")).containsExactly(5, 4, 0, 1);
        assertThat(counts.get("kalamela_groupevent")).containsExactly(4, 3, 0, 1);
        assertThat(counts.get("kalamela_kalamelaexcludemembers")).containsExactly(2, 1, 0, 1);
        assertThat(counts.get("kalamela_individualeventparticipation")).containsExactly(12, 7, 0, 5);
        assertThat(counts.get("kalamela_groupeventparticipation")).containsExactly(12, 6, 0, 6);
        assertThat(counts.get("kalamela_kalamelapayements")).containsExactly(6, 3, 0, 3);
        assertThat(counts.get("conference_conference")).containsExactly(2, 2, 0, 0);
        assertThat(counts.get("conference_conferencedelegate")).containsExactly(4, 2, 0, 2);
        assertThat(counts.get("conference_conferencepayment")).containsExactly(2, 2, 0, 0);
        assertThat(counts.get("kalamela_individualeventscorecard")).containsExactly(9, 4, 0, 5);
        assertThat(counts.get("kalamela_groupeventscorecard")).containsExactly(6, 3, 0, 3);
        assertThat(counts.get("kalamela_appeal")).containsExactly(10, 4, 0, 6);
        assertThat(counts.get("kalamela_appealpayements")).containsExactly(7, 3, 0, 4);

        assertThat(reasons(report, "auth_app_unitmembers")).containsExactly("104: unknown gender 'X'",
                "105: invalid date of birth null", "106: phone '95000' is not a mobile number",
                "107: duplicate phone 9500000101 (member " + memberId("9500000101") + " has it)",
                "112: orphan: unit account 99 was not imported");
        assertThat(reasons(report, "auth_app_customuser")).anyMatch(r -> r.startsWith("1: username 'admin'"))
                .anyMatch(r -> r.startsWith("7: district 1 already has an active official"))
                .anyMatch(r -> r.startsWith("8: unknown user_type 9"));
        assertThat(reasons(report, "kalamela_individualeventparticipation")).anyMatch(r -> r.startsWith("10: over"))
                .anyMatch(r -> r.startsWith("5: not eligible: the event is for M only"));
        // Teams and individual score cards were loaded by the interrupted run: the dry run, which loaded
        // everything at once, gives their first reasons; the resumed run reports the rows their imported items
        // left out as such.
        JsonNode whole = read(dryRun);
        assertThat(reasons(whole, "kalamela_groupeventparticipation")).contains(
                "11: not eligible: the event is for Juniors, the member is Senior",
                "12: not eligible: date of birth 1985-01-01 is outside the junior and senior ranges of edition "
                        + YEAR);
        assertThat(reasons(whole, "kalamela_individualeventscorecard")).containsExactlyInAnyOrder(
                "5: orphan: participation 8 was not imported", "6: mark 120.00 is not between 0 and 100",
                "7: orphan: participation 77 does not exist", "8: a second score card for participation 9",
                "9: participant 101 is not the member of participation 6");
        assertThat(reasons(report, "kalamela_individualeventscorecard")).containsExactlyInAnyOrder(
                "5: not part of the event's result when it was imported",
                "6: not part of the event's result when it was imported",
                "7: orphan: participation 77 does not exist",
                "8: not part of the event's result when it was imported",
                "9: participant 101 is not the member of participation 6");
        assertThat(reasons(report, "kalamela_groupeventscorecard")).containsExactlyInAnyOrder(
                "2: team not found: no imported team of 'Group Song' had chest number 'GS9'",
                "4: team not found: no imported team of 'Mime' had chest number 'GS1'",
                "6: orphan: no imported group event is named 'Kolkali'");
        assertThat(reasons(report, "kalamela_appeal")).containsExactlyInAnyOrder(
                "4: refused: The entry has no published result in the edition: there is nothing the old appeal"
                        + " concerns",
                "5: refused: This entry already has an appeal: one per entry",
                "7: unknown appeal status 'Withdrawn'",
                "8: team not found: no imported team of 'Group Song' had chest number 'GS9'",
                "9: orphan: no imported event is named 'Kolkali'",
                "10: the appeal was decided without a reply, which a decision needs");
        assertThat(reasons(report, "kalamela_appealpayements")).containsExactlyInAnyOrder(
                "4: appeal 2 already has its fee payment", "5: orphan: appeal 4 was not imported",
                "6: orphan: appeal 99 was not imported", "7: amount 0.00 is not a payment");
        assertThat(notes(whole, "kalamela_individualeventscorecard")).contains(
                "2: 1 imported entry of the event had no score card that could be imported: not in its order of"
                        + " appearance or result",
                "2: old grade 'B' and 6 points; derived from the marks of the whole event: grade 'B', rank 3,"
                        + " 4 points");

        assertThat(sql.ids("""
                SELECT c.number FROM chest_numbers c JOIN members m ON m.id = c.member_id
                WHERE c.edition_year = ?1 AND c.is_current ORDER BY m.name""", YEAR))
                .containsExactly(1001L, 2001L, 1005L, 1002L, 1003L);
        assertThat(sql.ids("""
                SELECT team_number FROM teams WHERE edition_year = ?1 ORDER BY code_prefix, team_number""", YEAR))
                .containsExactly(1L, 2L, 1L, 1L);
        assertThat(sql.ids("SELECT count(*) FROM team_members tm JOIN teams t ON t.id = tm.team_id"
                + " WHERE t.edition_year = ?1 GROUP BY t.id ORDER BY t.code_prefix, t.team_number", YEAR))
                .containsExactly(3L, 1L, 1L, 1L);
        assertPublishedResults();
        assertHistoricalAppeals();
        assertThat(sql.count("SELECT count(*) FROM payments WHERE status = 'APPROVED' AND purpose <> 'APPEAL_FEE'"
                + " AND district_id = (SELECT id FROM districts WHERE name = 'Legacy Kollam')")).isEqualTo(2);
        assertThat(sql.count("SELECT count(*) FROM unit_registrations r JOIN units u ON u.id = r.unit_id"
                + " WHERE u.name = 'St. Thomas Legacy' AND r.status = 'APPROVED'")).isEqualTo(1);

        assertThat(job.run(arguments(second))).isEqualTo(3);
        Map<String, long[]> again = counts(read(second));
        counts.forEach((table, c) -> {
            if (c[1] + c[2] > 0) {
                assertThat(again.get(table)).as(table).containsExactly(c[0], 0, c[1], c[3]);
            }
        });
        assertPublishedResults();
        assertHistoricalAppeals();

        api.login("legacy.office", "Kalamela-Old-2019").statusCode(200);
        assertThat(sql.count("SELECT count(*) FROM accounts WHERE username = 'legacy.office'"
                + " AND password_hash LIKE '$argon2id$%'")).isEqualTo(1);
        api.login("LK/2019/001", "Unit-Password-001").statusCode(200);
        api.login("LK/2019/001", "Wrong-Password-001").statusCode(401);
    }

    @Test
    void anUnreadableOldDatabaseOrAWrongCommandLineChangesNothing() throws IOException {
        int year = YEAR + 1;
        Instant now = Instant.now();
        api.as(api.adminToken()).body(Map.of("year", year, "registrationWindow", Map.of("opens",
                        now.minus(Duration.ofDays(30)).toString(), "closes", now.plus(Duration.ofDays(30)).toString()),
                "rules", rules())).post("/api/v1/kalamela/editions").then().statusCode(201);
        Path report = Files.createTempFile("legacy-refused", ".json");
        long before = sql.count("SELECT count(*) FROM legacy_import_ids");
        assertThat(job.run(List.of("--url", old.url + "_missing", "--user", old.user, "--edition",
                Integer.toString(year), "--report", report.toString()))).isEqualTo(1);
        assertThat(job.run(List.of("--url", old.url, "--user", old.user, "--edition", "2999"))).isEqualTo(1);
        assertThat(job.run(List.of("--url", old.url, "--user", old.user, "--edition", Integer.toString(year),
                "--as", "nobody-of-that-name"))).isEqualTo(1);
        assertThat(job.run(List.of("--url", old.url))).isEqualTo(2);
        assertThat(job.run(List.of("--url", old.url, "--user", old.user, "--edition", "1899"))).isEqualTo(2);
        assertThat(sql.count("SELECT count(*) FROM legacy_import_ids")).isEqualTo(before);
    }

    /**
     * The old marks as the one-judge case of the panel model, published in the order of the events' first score
     * cards: one drawn order, one submitted tabulator's sheet and one published result per scored event, with
     * grades, ranks and points derived from the marks of the whole event (a tie shares rank 1, the next is 3rd).
     */
    private void assertPublishedResults() {
        assertThat(sql.rows("""
                SELECT e.name, r.result_number, r.state, r.revision FROM event_results r
                JOIN festival_events e ON e.id = r.event_id WHERE r.edition_year = ?1 ORDER BY r.result_number""",
                YEAR)).extracting(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3]).containsExactly(
                "Pencil drawing 1 PUBLISHED 0", "Solo Eastern Jr Boys 2 PUBLISHED 0", "Group Song 3 PUBLISHED 0",
                "Mime 4 PUBLISHED 0");
        assertThat(sql.count("SELECT last_number FROM result_number_counters WHERE edition_year = ?1", YEAR))
                .isEqualTo(4);
        assertThat(sql.rows("""
                SELECT to_char(r.first_published_at AT TIME ZONE 'Asia/Kolkata', 'YYYY-MM-DD HH24:MI'),
                       to_char(r.tabulated_at AT TIME ZONE 'Asia/Kolkata', 'YYYY-MM-DD HH24:MI')
                FROM event_results r WHERE r.edition_year = ?1 ORDER BY r.result_number""", YEAR))
                .extracting(r -> r[0] + " " + r[1]).containsExactly("2019-08-01 14:01 2019-08-01 14:01",
                        "2019-08-01 15:00 2019-08-01 15:00", "2019-08-01 16:01 2019-08-01 16:01",
                        "2019-08-01 16:31 2019-08-01 16:31");
        assertThat(sql.rows("""
                SELECT m.name, er.mark, er.grade, er.rank, er.points FROM entry_results er
                JOIN members m ON m.id = er.member_id JOIN festival_events e ON e.id = er.event_id
                WHERE er.edition_year = ?1 AND e.name = 'Pencil drawing' ORDER BY er.rank, m.name""", YEAR))
                .extracting(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3] + " " + r[4]).containsExactly(
                        "Anu Thomas 62.00 A 1 10", "Binu Mathew 62.00 A 1 10", "Lal Cherian 55.00 B 3 4");
        assertThat(sql.rows("""
                SELECT t.code_prefix || '-' || t.team_number, er.mark, er.rank, er.points FROM entry_results er
                JOIN teams t ON t.id = er.team_id WHERE er.edition_year = ?1 ORDER BY t.code_prefix, er.rank""", YEAR))
                .extracting(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3])
                .containsExactly("GS-1 81.00 1 5", "GS-2 64.50 2 3", "M-1 58.00 1 5");
        assertThat(sql.count("""
                SELECT count(*) FROM judge_sheets s JOIN festival_events e ON e.id = s.event_id
                WHERE e.edition_year = ?1 AND s.submitted_by_tabulator""", YEAR)).isEqualTo(4);
        assertThat(sql.count("""
                SELECT count(*) FROM sheet_marks s JOIN festival_events e ON e.id = s.event_id
                WHERE e.edition_year = ?1""", YEAR)).isEqualTo(7);
        assertThat(sql.count("""
                SELECT count(*) FROM draw_appearances a JOIN event_draws d ON d.event_id = a.event_id
                WHERE d.edition_year = ?1""", YEAR)).isEqualTo(7);
        // Every graded or placed member's certificate: 3 + 1 individual, 3 + 1 + 1 members of teams.
        assertThat(sql.count("SELECT count(*) FROM certificates WHERE edition_year = ?1 AND voided_at IS NULL"
                + " AND revision = 0", YEAR)).isEqualTo(9);
        assertThat(sql.count("SELECT count(*) FROM event_results r WHERE r.edition_year = ?1 AND NOT EXISTS"
                + " (SELECT 1 FROM certificates c WHERE c.event_id = r.event_id)", YEAR)).isZero();
    }

    /**
     * The old appeals as historical ones: at their old time (long after the window), public, moved through the
     * state machine to their old status by the importing admin, each with its fee as an APPEAL_FEE payment; an
     * accepted one leaves the result published, as the old app's score cards hold the marks after it.
     */
    private void assertHistoricalAppeals() {
        assertThat(sql.rows("""
                SELECT coalesce(m.name, t.code_prefix || '-' || t.team_number), a.status, a.filed_by IS NULL,
                       to_char(a.filed_at AT TIME ZONE 'Asia/Kolkata', 'YYYY-MM-DD HH24:MI'), a.fee_outcome,
                       a.before_mark IS NULL,
                       (SELECT string_agg(p.status || ' ' || p.amount, ',') FROM payments p WHERE p.appeal_id = a.id)
                FROM appeals a LEFT JOIN individual_entries e ON e.id = a.individual_entry_id
                LEFT JOIN members m ON m.id = e.member_id LEFT JOIN teams t ON t.id = a.team_id
                WHERE a.edition_year = ?1 ORDER BY a.filed_at""", YEAR))
                .extracting(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3] + " " + r[4] + " " + r[5] + " " + r[6])
                .containsExactly(
                        "Anu Thomas SUBMITTED true 2019-08-01 15:20 null true PROOF_SUBMITTED 1000.00",
                        "Lal Cherian REJECTED true 2019-08-01 15:25 KEPT true APPROVED 1000.00",
                        "Binu Mathew ACCEPTED true 2019-08-01 15:26 REFUNDED true null",
                        "GS-1 FEE_CONFIRMED true 2019-08-01 16:10 null true APPROVED 1000.00");
        assertThat(sql.count("SELECT count(*) FROM event_results WHERE edition_year = ?1 AND state <> 'PUBLISHED'",
                YEAR)).isZero();
    }

    private static List<String> notes(JsonNode report, String table) {
        List<String> notes = new ArrayList<>();
        report.get("notes").forEach(row -> {
            if (row.get("table").asText().equals(table)) {
                notes.add(row.get("id").asLong() + ": " + row.get("reason").asText());
            }
        });
        return notes;
    }

    private long memberId(String phone) {
        return sql.ids("SELECT id FROM members WHERE phone = ?1", phone).get(0);
    }

    static Map<String, Object> rules() {
        Map<String, Object> rules = new HashMap<>();
        rules.put("juniorBirthDates", Map.of("from", "2005-01-11", "to", "2011-06-30"));
        rules.put("seniorBirthDates", Map.of("from", "1991-01-11", "to", "2005-01-10"));
        rules.put("maxEntriesPerDistrictPerEvent", 2);
        rules.put("maxIndividualEventsPerMember", 5);
        rules.put("juniorChestNumbers", Map.of("start", 1001, "end", 1999));
        rules.put("seniorChestNumbers", Map.of("start", 2001, "end", 2999));
        rules.put("maxTeamsPerDistrictPerEvent", 2);
        rules.put("individualFee", "50.00");
        rules.put("teamFee", "100.00");
        rules.put("conferenceDelegateFee", "300.00");
        rules.put("appealFee", "1000.00");
        rules.put("grades", List.of(Map.of("grade", "A", "minimumMark", 60, "points", 5),
                Map.of("grade", "B", "minimumMark", 50, "points", 3),
                Map.of("grade", "C", "minimumMark", 40, "points", 1)));
        rules.put("rankPoints", List.of(5, 3, 1));
        rules.put("appealWindowMinutes", 30);
        rules.put("kalaprathibhaMinimumEvents", 2);
        rules.put("judgesPerEvent", 3);
        rules.put("markAggregation", "MEAN");
        rules.put("trimmedMeanMinimumJudges", 5);
        return rules;
    }
}
