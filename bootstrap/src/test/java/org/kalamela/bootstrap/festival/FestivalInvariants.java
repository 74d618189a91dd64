package org.kalamela.bootstrap.festival;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Every rule of individual entries and chest numbers, checked with SQL on what the database holds for an
 * edition, independently of the code that wrote it. The edition is assumed to use the 2025-26 rules (limits 2
 * per district, event and seniority and 5 per member; series 1001..1999 and 2001..2999) and to have had no
 * chest number corrected by hand, so each series must be drawn without a gap from its start.
 */
final class FestivalInvariants {

    private final FestivalSql sql;

    FestivalInvariants(FestivalSql sql) {
        this.sql = sql;
    }

    void check(int year) {
        assertThat(sql.count("""
                SELECT count(*) FROM (SELECT 1 FROM individual_entries WHERE edition_year = ?1
                                      GROUP BY district_id, event_id, seniority HAVING count(*) > 2) over_limit""",
                year)).as("districts over 2 entries per event and seniority").isZero();
        assertThat(sql.count("""
                SELECT count(*) FROM (SELECT 1 FROM individual_entries WHERE edition_year = ?1
                                      GROUP BY member_id HAVING count(*) > 5) over_limit""", year))
                .as("members in more than 5 events").isZero();
        assertThat(sql.count("""
                SELECT count(*) FROM (SELECT 1 FROM individual_entries WHERE edition_year = ?1
                                      GROUP BY event_id, member_id HAVING count(*) > 1) twice""", year))
                .as("members entered twice in an event").isZero();
        assertThat(sql.count("""
                SELECT count(*) FROM individual_entries ie JOIN members m ON m.id = ie.member_id
                WHERE ie.edition_year = ?1 AND NOT (
                    (ie.seniority = 'JUNIOR' AND m.date_of_birth BETWEEN DATE '2005-01-11' AND DATE '2011-06-30')
                    OR (ie.seniority = 'SENIOR'
                        AND m.date_of_birth BETWEEN DATE '1991-01-11' AND DATE '2005-01-10'))""",
                year)).as("entries under a seniority other than the birth date's").isZero();
        assertThat(sql.count("""
                SELECT count(DISTINCT ie.member_id) FROM individual_entries ie WHERE ie.edition_year = ?1
                AND (SELECT count(*) FROM chest_numbers c WHERE c.edition_year = ie.edition_year
                     AND c.member_id = ie.member_id AND c.is_current) <> 1""", year))
                .as("entered members without exactly one current chest number").isZero();
        assertThat(sql.count("""
                SELECT count(*) FROM chest_numbers c WHERE c.edition_year = ?1 AND c.is_current AND EXISTS (
                    SELECT 1 FROM individual_entries ie WHERE ie.edition_year = c.edition_year
                    AND ie.member_id = c.member_id AND NOT (
                        (ie.seniority = 'JUNIOR' AND c.number BETWEEN 1001 AND 1999)
                        OR (ie.seniority = 'SENIOR' AND c.number BETWEEN 2001 AND 2999)))""", year))
                .as("chest numbers outside the series of their member's seniority").isZero();
        for (int start : List.of(1001, 2001)) {
            List<Object[]> series = sql.rows("""
                    SELECT count(*), count(DISTINCT number), COALESCE(min(number), ?2), COALESCE(max(number), ?2 - 1)
                    FROM chest_numbers WHERE edition_year = ?1 AND number BETWEEN ?2 AND ?2 + 998""", year, start);
            long count = FestivalSql.id(series.get(0)[0]);
            assertThat(FestivalSql.id(series.get(0)[1])).as("distinct numbers of the series %d", start)
                    .isEqualTo(count);
            assertThat(FestivalSql.id(series.get(0)[2])).as("first number of the series %d", start)
                    .isEqualTo(start);
            assertThat(FestivalSql.id(series.get(0)[3])).as("last number of the series %d (no gap)", start)
                    .isEqualTo(start + count - 1);
        }
    }
}
