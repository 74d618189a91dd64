-- bin/load-bench, after the editions and events exist: the harness's own lookup tables in the scratch
-- database (never in a real one): the events of each edition by position, and each district's eligible
-- members by position with their seniority (born from 1991-01-11 to 2011-06-30; senior up to 2005-01-10,
-- as the edition's rules say) and the district's official. The pgbench script picks from them, as the wrk
-- threads pick from the files written from them.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
DROP TABLE IF EXISTS load_events, load_members;
CREATE TABLE load_events AS
SELECT edition_year, CAST(row_number() OVER (PARTITION BY edition_year ORDER BY id) AS integer) AS k, id AS event_id
FROM festival_events WHERE kind = 'INDIVIDUAL';
CREATE UNIQUE INDEX ON load_events (edition_year, k);
CREATE TABLE load_members AS
SELECT CAST(row_number() OVER (PARTITION BY d.ordinal ORDER BY m.id) AS integer) AS k, d.ordinal, m.id AS member_id,
       d.id AS district_id, CASE WHEN m.date_of_birth <= DATE '2005-01-10' THEN 1 ELSE 0 END AS senior,
       (SELECT a.id FROM accounts a WHERE a.role = 'DISTRICT_OFFICIAL' AND a.district_id = d.id) AS official_id
FROM members m JOIN units u ON u.id = m.unit_id
JOIN (SELECT id, CAST(row_number() OVER (ORDER BY id) AS integer) AS ordinal FROM districts
      WHERE name LIKE 'Load district %') d ON d.id = u.district_id
WHERE m.date_of_birth BETWEEN DATE '1991-01-11' AND DATE '2011-06-30';
CREATE UNIQUE INDEX ON load_members (ordinal, k);
ANALYZE load_events;
ANALYZE load_members;
