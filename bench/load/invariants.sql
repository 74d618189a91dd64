-- bin/load-bench, after the registration runs: the festival's invariants checked in SQL over both editions
-- (the application's, 2026, and pgbench's, 2027), each against its edition's own rules (places per district,
-- event and seniority; events per member; the chest-number series). Each row is one kind of violation and
-- its count; the harness fails when any count is not 0.
SELECT 'places per district, event and seniority above the edition''s limit' AS invariant, count(*) AS violations
FROM (SELECT 1 FROM individual_entries ie JOIN editions ed ON ed.year = ie.edition_year
      GROUP BY ie.edition_year, ie.event_id, ie.district_id, ie.seniority, ed.rules
      HAVING count(*) > CAST(ed.rules ->> 'maxEntriesPerDistrictPerEvent' AS integer)) x
UNION ALL
SELECT 'members in more individual events than the edition allows', count(*)
FROM (SELECT 1 FROM individual_entries ie JOIN editions ed ON ed.year = ie.edition_year
      GROUP BY ie.edition_year, ie.member_id, ed.rules
      HAVING count(*) > CAST(ed.rules ->> 'maxIndividualEventsPerMember' AS integer)) x
UNION ALL
SELECT 'a member entered twice in one event', count(*)
FROM (SELECT 1 FROM individual_entries GROUP BY event_id, member_id HAVING count(*) > 1) x
UNION ALL
SELECT 'an entry of another district than its member''s', count(*)
FROM individual_entries ie JOIN members m ON m.id = ie.member_id JOIN units u ON u.id = m.unit_id
WHERE u.district_id <> ie.district_id
UNION ALL
SELECT 'a chest number issued twice in an edition', count(*)
FROM (SELECT 1 FROM chest_numbers GROUP BY edition_year, number HAVING count(*) > 1) x
UNION ALL
SELECT 'a member with more than one current chest number', count(*)
FROM (SELECT 1 FROM chest_numbers WHERE is_current GROUP BY edition_year, member_id HAVING count(*) > 1) x
UNION ALL
SELECT 'an entered member without a current chest number', count(*)
FROM (SELECT DISTINCT edition_year, member_id FROM individual_entries) e
WHERE NOT EXISTS (SELECT 1 FROM chest_numbers c WHERE c.edition_year = e.edition_year
                  AND c.member_id = e.member_id AND c.is_current)
UNION ALL
SELECT 'a chest number outside its series', count(*)
FROM chest_numbers c
JOIN (SELECT DISTINCT edition_year, member_id, seniority FROM individual_entries) e
  ON e.edition_year = c.edition_year AND e.member_id = c.member_id
JOIN editions ed ON ed.year = c.edition_year
CROSS JOIN LATERAL (SELECT ed.rules -> CASE e.seniority WHEN 'JUNIOR' THEN 'juniorChestNumbers'
                                                       ELSE 'seniorChestNumbers' END AS series) s
WHERE c.is_current AND NOT c.number BETWEEN CAST(s.series ->> 'start' AS integer) AND CAST(s.series ->> 'end' AS integer)
UNION ALL
SELECT 'a series counter behind a number it issued', count(*)
FROM chest_number_counters k
JOIN editions ed ON ed.year = k.edition_year
CROSS JOIN LATERAL (SELECT ed.rules -> CASE k.seniority WHEN 'JUNIOR' THEN 'juniorChestNumbers'
                                                       ELSE 'seniorChestNumbers' END AS series) s
WHERE k.last_number < (SELECT max(number) FROM chest_numbers c WHERE c.edition_year = k.edition_year
                       AND c.number BETWEEN CAST(s.series ->> 'start' AS integer)
                                        AND CAST(s.series ->> 'end' AS integer));
