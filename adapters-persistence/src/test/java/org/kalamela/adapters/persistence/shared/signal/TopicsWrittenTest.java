package org.kalamela.adapters.persistence.shared.signal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kalamela.application.shared.signal.ChangeTopic;

class TopicsWrittenTest {

    @AfterEach
    void forget() {
        TopicsWritten.takeAtEnd();
    }

    @Test
    void reads_write_nothing_whatever_tables_they_name() {
        assertThat(TopicsWritten.of("select e.year, e.rules from editions e where e.is_current")).isEmpty();
        assertThat(TopicsWritten.of("SELECT id FROM individual_entries WHERE event_id = ?1 FOR UPDATE")).isEmpty();
        assertThat(TopicsWritten.of("WITH t AS (SELECT 1 FROM teams) SELECT count(*) FROM t")).isEmpty();
    }

    @Test
    void a_write_marks_the_topics_its_tables_announce_as_v23_and_v24_do() {
        assertThat(TopicsWritten.of("update editions set registration_closes=? where year=?"))
                .containsExactlyInAnyOrder(ChangeTopic.EDITIONS, ChangeTopic.RESULTS, ChangeTopic.PARTICIPANTS);
        assertThat(TopicsWritten.of("  INSERT INTO festival_events (edition_year, name) VALUES (?1, ?2)"))
                .containsExactlyInAnyOrder(ChangeTopic.EVENTS, ChangeTopic.RESULTS, ChangeTopic.PARTICIPANTS);
        assertThat(TopicsWritten.of("DELETE FROM entry_results WHERE event_id = ?1")).containsExactly(ChangeTopic.RESULTS);
        assertThat(TopicsWritten.of("INSERT INTO individual_entries (event_id) VALUES (?1) ON CONFLICT DO NOTHING"))
                .containsExactlyInAnyOrder(ChangeTopic.RESULTS, ChangeTopic.PARTICIPANTS);
        assertThat(TopicsWritten.of("WITH drawn AS (UPDATE teams SET event_id = ?1 RETURNING id) SELECT * FROM drawn"))
                .containsExactlyInAnyOrder(ChangeTopic.RESULTS, ChangeTopic.PARTICIPANTS);
    }

    @Test
    void a_write_of_what_find_participant_reads_marks_participants() {
        assertThat(TopicsWritten.of("UPDATE members SET name = ?1 WHERE id = ?2"))
                .containsExactly(ChangeTopic.PARTICIPANTS);
        assertThat(TopicsWritten.of("INSERT INTO chest_numbers (edition_year) VALUES (?1)"))
                .containsExactly(ChangeTopic.PARTICIPANTS);
        assertThat(TopicsWritten.of("DELETE FROM team_members WHERE team_id = ?1"))
                .containsExactly(ChangeTopic.PARTICIPANTS);
        assertThat(TopicsWritten.of("update units set name=? where id=?")).containsExactly(ChangeTopic.PARTICIPANTS);
        assertThat(TopicsWritten.of("update districts set name=? where id=?"))
                .containsExactly(ChangeTopic.PARTICIPANTS);
    }

    @Test
    void a_write_of_other_tables_marks_nothing() {
        assertThat(TopicsWritten.of("INSERT INTO audit_log (action) VALUES (?1)")).isEmpty();
        assertThat(TopicsWritten.of("UPDATE unit_details SET phone = ?1 WHERE unit_id = ?2")).isEmpty();
        assertThat(TopicsWritten.of("INSERT INTO chest_number_counters (edition_year) VALUES (?1)")).isEmpty();
    }

    @Test
    void what_a_transaction_wrote_is_its_threads_until_it_ends() throws InterruptedException {
        TopicsWritten.note("UPDATE editions SET is_current = FALSE WHERE is_current");
        boolean[] elsewhere = new boolean[1];
        Thread other = new Thread(() -> elsewhere[0] = TopicsWritten.writtenHere(ChangeTopic.EDITIONS));
        other.start();
        other.join();

        assertThat(TopicsWritten.writtenHere(ChangeTopic.EDITIONS)).isTrue();
        assertThat(TopicsWritten.writtenHere(ChangeTopic.EVENTS)).isFalse();
        assertThat(elsewhere[0]).isFalse();
        assertThat(TopicsWritten.takeAtEnd())
                .containsExactlyInAnyOrder(ChangeTopic.EDITIONS, ChangeTopic.RESULTS, ChangeTopic.PARTICIPANTS);
        assertThat(TopicsWritten.writtenHere(ChangeTopic.EDITIONS)).isFalse();
        assertThat(TopicsWritten.takeAtEnd()).isEmpty();
    }
}
