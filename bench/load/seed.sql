-- bin/load-bench: the diocese the load harness enters members of, in set-based SQL (as BenchmarkDiocese of
-- the in-JVM harness): :districts districts of :units units, every unit registered (APPROVED), :members
-- members spread over them (dates of birth 1986-2011, so about three in four fall inside the edition's age
-- bands), and one district official per district whose password hash is the admin's (the harness knows the
-- admin's password; one Argon2 hash serves every official). Run with psql -v districts=... -v units=...
-- -v members=... after the application has migrated the schema and created the admin.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO districts (name) SELECT 'Load district ' || lpad(d::text, 2, '0') FROM generate_series(1, :districts) d;
INSERT INTO units (district_id, name)
SELECT d.id, 'Load unit ' || lpad(u::text, 3, '0')
FROM districts d CROSS JOIN generate_series(1, :units) u WHERE d.name LIKE 'Load district %';
INSERT INTO accounts (username, display_name, password_hash, role, district_id, unit_id)
SELECT 'LOAD-2026-' || lpad(u.id::text, 4, '0'), 'Unit ' || u.id, 'not-a-hash', 'UNIT', u.district_id, u.id
FROM units u JOIN districts d ON d.id = u.district_id WHERE d.name LIKE 'Load district %';
INSERT INTO unit_registrations (unit_id, district_id, account_id, registration_number, status, registered_at,
                                status_changed_at)
SELECT unit_id, district_id, id, username, 'APPROVED', now(), now() FROM accounts WHERE username LIKE 'LOAD-2026-%';
INSERT INTO unit_details (unit_id, registration_year, member_count) SELECT unit_id, 2010, 30 FROM unit_registrations;
INSERT INTO members (unit_id, name, gender, date_of_birth, phone, qualification, blood_group)
SELECT r.unit_id, 'Member ' || n, CASE WHEN n % 2 = 0 THEN 'F' ELSE 'M' END,
       DATE '1986-01-01' + ((n * 7919) % 9500)::int, '7' || lpad(n::text, 9, '0'), CASE WHEN n % 3 = 0 THEN 'BSc' END,
       (ARRAY['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'])[1 + n % 8]
FROM generate_series(1, :members) n
JOIN (SELECT unit_id, row_number() OVER (ORDER BY unit_id) - 1 AS k FROM unit_registrations) r
  ON r.k = n % (SELECT count(*) FROM unit_registrations);
INSERT INTO accounts (username, display_name, password_hash, role, district_id)
SELECT 'load-official-' || row_number() OVER (ORDER BY d.id), 'Official of ' || d.name,
       (SELECT password_hash FROM accounts WHERE username = 'admin'), 'DISTRICT_OFFICIAL', d.id
FROM districts d WHERE d.name LIKE 'Load district %';
COMMIT;
ANALYZE;
