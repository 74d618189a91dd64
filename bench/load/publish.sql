-- bin/load-bench, after registration: every individual event of the current edition gets a published
-- result from the entries the officials made, written straight into V8's tables as the judging flow leaves
-- them (as ResultsSql.publishAll of the HTTP tests does): entries ranked by entry id, all graded A (5 points;
-- marks from 90 down by 0.01, not below 60), rank points 5, 3, 1, result numbers in event order. Only the
-- first 50 entries of each event are in its result: a real edition has about 2,000 entries in 45 events, and
-- the registration runs leave many more. The public reads then have results, standings and a Kalaprathibha
-- to answer. Registration then closed eleven minutes ago, so it has settled (RegistrationWindow.SETTLING) and
-- find-participant's answers are kept, as on the festival days.
\set ON_ERROR_STOP on
BEGIN;
UPDATE editions SET registration_opens = now() - INTERVAL '60 days', registration_closes = now() - INTERVAL '11 minutes'
WHERE is_current;
INSERT INTO event_results (event_id, edition_year, state, tabulated_at, result_number, first_published_at,
                           published_at, published_by)
SELECT e.id, e.edition_year, 'PUBLISHED', now(), row_number() OVER (ORDER BY e.id), now(), now(),
       (SELECT min(id) FROM accounts WHERE role = 'ADMIN')
FROM festival_events e JOIN editions ed ON ed.year = e.edition_year AND ed.is_current
WHERE e.kind = 'INDIVIDUAL';
INSERT INTO entry_results (event_id, edition_year, code_letter, individual_entry_id, member_id, unit_id, district_id,
                           mark, grade, grade_points, rank, rank_points, points)
SELECT ranked.event_id, ranked.edition_year, 'A' || ranked.rank, ranked.id, ranked.member_id, m.unit_id,
       u.district_id, GREATEST(90.00 - ranked.rank * 0.01, 60.00), 'A', 5, ranked.rank,
       CASE ranked.rank WHEN 1 THEN 5 WHEN 2 THEN 3 WHEN 3 THEN 1 ELSE 0 END,
       5 + CASE ranked.rank WHEN 1 THEN 5 WHEN 2 THEN 3 WHEN 3 THEN 1 ELSE 0 END
FROM (SELECT ie.*, CAST(row_number() OVER (PARTITION BY ie.event_id ORDER BY ie.id) AS integer) AS rank
      FROM individual_entries ie JOIN editions ed ON ed.year = ie.edition_year AND ed.is_current) ranked
JOIN members m ON m.id = ranked.member_id JOIN units u ON u.id = m.unit_id
WHERE ranked.rank <= 50;
COMMIT;
ANALYZE;
