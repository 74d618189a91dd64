-- The old Django app's tables (Django's naming: <app>_<model in lower case>), written from the model definitions
-- of section 2 of the specification, with sample rows carrying the old app's typical dirt: a unit account whose
-- unit is gone, duplicate and malformed phones, a member without a date of birth, an unknown gender, chest
-- numbers colliding within and across series, over-limit entries, a second open payment, a group score card
-- whose team cannot be found, appeals that cannot be placed. Foreign keys are left out on purpose: the old database held orphans.
DROP SCHEMA IF EXISTS public CASCADE;
CREATE SCHEMA public;

CREATE TABLE auth_app_clergydistrict (id bigint PRIMARY KEY, name varchar(100) NOT NULL);
CREATE TABLE auth_app_unitname (id bigint PRIMARY KEY, clergy_district_id bigint, name varchar(200) NOT NULL);
CREATE TABLE conference_conference (id bigint PRIMARY KEY, title varchar(255) NOT NULL, details text,
    added_on timestamp with time zone, status varchar(50));
CREATE TABLE auth_app_customuser (
    id bigint PRIMARY KEY, password varchar(128) NOT NULL, last_login timestamp with time zone,
    is_superuser boolean NOT NULL DEFAULT false, username varchar(150) NOT NULL UNIQUE,
    first_name varchar(150) NOT NULL DEFAULT '', last_name varchar(150) NOT NULL DEFAULT '',
    email varchar(254) NOT NULL DEFAULT '', is_staff boolean NOT NULL DEFAULT false,
    is_active boolean NOT NULL DEFAULT true, date_joined timestamp with time zone NOT NULL DEFAULT now(),
    phone_number varchar(15), user_type integer, unit_name_id bigint, clergy_district_id bigint,
    conference_member_count integer, conference_official_count integer, conference_id bigint);
CREATE TABLE auth_app_unitregistrationdata (id bigint PRIMARY KEY, registered_user_id bigint, status varchar(100));
CREATE TABLE auth_app_unitdetails (id bigint PRIMARY KEY, registered_user_id bigint, registration_year integer,
    number_of_unit_members integer);
CREATE TABLE auth_app_unitmembers (id bigint PRIMARY KEY, registered_user_id bigint, name varchar(200),
    gender varchar(10), dob date, number varchar(20), qualification varchar(100), blood_group varchar(10));
CREATE TABLE auth_app_unitofficials (id bigint PRIMARY KEY, registered_user_id bigint,
    president_name varchar(200), president_phone varchar(20), vice_president_name varchar(200),
    vice_president_phone varchar(20), secretary_name varchar(200), secretary_phone varchar(20),
    joint_secretary_name varchar(200), joint_secretary_phone varchar(20), treasurer_name varchar(200),
    treasurer_phone varchar(20));
CREATE TABLE auth_app_unitcouncilor (id bigint PRIMARY KEY, registered_user_id bigint, unit_member_id bigint);
CREATE TABLE conference_conferenceregistrationdata (id bigint PRIMARY KEY, district_official_id bigint,
    status varchar(100));
CREATE TABLE conference_conferencedelegate (id bigint PRIMARY KEY, conference_id bigint, officials_id bigint,
    members_id bigint);
CREATE TABLE conference_conferencepayment (id bigint PRIMARY KEY, conference_id bigint, amount_to_pay numeric(10, 2),
    uploaded_by_id bigint, proof_path varchar(255), date date, status varchar(50));
CREATE TABLE kalamela_individualevent (id bigint PRIMARY KEY, name varchar(200), category varchar(100),
    description text, created_on timestamp with time zone);
CREATE TABLE kalamela_groupevent (id bigint PRIMARY KEY, name varchar(200), description text,
    max_allowed_limit integer, min_allowed_limit integer, per_unit_allowed_limit integer,
    created_on timestamp with time zone);
CREATE TABLE kalamela_individualeventparticipation (id bigint PRIMARY KEY, individual_event_id bigint,
    participant_id bigint, added_by_id bigint, chest_number varchar(20), seniority_category varchar(20),
    created_on timestamp with time zone);
CREATE TABLE kalamela_groupeventparticipation (id bigint PRIMARY KEY, group_event_id bigint, participant_id bigint,
    chest_number varchar(20), added_by_id bigint);
CREATE TABLE kalamela_kalamelaexcludemembers (id bigint PRIMARY KEY, members_id bigint);
CREATE TABLE kalamela_kalamelapayements (id bigint PRIMARY KEY, paid_by_id bigint, individual_events_count integer,
    group_events_count integer, total_amount_to_pay numeric(10, 2), payment_proof_path varchar(255),
    payment_status varchar(100), created_on timestamp with time zone);
CREATE TABLE kalamela_individualeventscorecard (id bigint PRIMARY KEY, event_participation_id bigint,
    participant_id bigint, awarded_mark numeric(6, 2), grade varchar(5), total_points integer,
    added_on timestamp with time zone);
CREATE TABLE kalamela_groupeventscorecard (id bigint PRIMARY KEY, event_name varchar(200), awarded_mark numeric(6, 2),
    chest_number varchar(20), grade varchar(5), total_points integer, added_on timestamp with time zone);
CREATE TABLE kalamela_appeal (id bigint PRIMARY KEY, added_by_id bigint, chest_number varchar(20),
    event_name varchar(200), statement text, reply text, status varchar(50), created_on timestamp with time zone);
CREATE TABLE kalamela_appealpayements (id bigint PRIMARY KEY, appeal_id bigint, total_amount_to_pay numeric(10, 2),
    payment_type varchar(50), payment_status varchar(100), created_on timestamp with time zone);

INSERT INTO auth_app_clergydistrict VALUES (1, 'Legacy Kollam'), (2, 'Legacy Kottayam'), (3, '   ');
INSERT INTO auth_app_unitname VALUES (10, 1, 'St. Thomas Legacy'), (11, 1, 'Christ Church Legacy'),
    (20, 2, 'Holy Trinity Legacy'), (30, 99, 'Unit of a lost district');

INSERT INTO conference_conference VALUES
    (1, 'Youth Conference 2019', 'Kollam, three days', '2019-05-01 10:00+05:30', 'inactive'),
    (2, 'Youth Conference 2018', NULL, '2018-05-01 10:00+05:30', 'inactive');

-- Passwords: legacy.office 'Kalamela-Old-2019', LK/2019/001 'Unit-Password-001' (pbkdf2_sha256, 100,000 rounds).
INSERT INTO auth_app_customuser (id, password, username, first_name, last_name, email, is_active, date_joined,
                                 phone_number, user_type, unit_name_id, clergy_district_id, conference_member_count,
                                 conference_official_count) VALUES
    (1, 'pbkdf2_sha256$100000$oldsaltC3$KnN7GNQrqCo97ndc5MuJFhwAALTf4KeA3xRlSRm8tbM=', 'admin', '', '', '', true,
        '2019-01-01 09:00+05:30', NULL, 1, NULL, NULL, NULL, NULL),
    (2, 'pbkdf2_sha256$100000$oldsaltA1$9tSz8049rpZixEQjnayQCUVAmplVm2NQZhSnMVtvHyU=', 'legacy.office', 'Diocese',
        'Office', 'office@legacy-kalamela.example', true, '2019-01-01 09:00+05:30', '9400000001', 1, NULL, NULL,
        NULL, NULL),
    (3, 'pbkdf2_sha256$100000$oldsaltB2$9blolc6orIjVbiCmMEFKoAGiUvUMTVRNmtK9q7MaJ68=', 'LK/2019/001', 'St. Thomas',
        '', 'thomas@legacy-kalamela.example', true, '2019-02-01 09:00+05:30', '9400000003', 2, 10, 1, NULL, NULL),
    (4, 'pbkdf2_sha256$100000$oldsaltC3$KnN7GNQrqCo97ndc5MuJFhwAALTf4KeA3xRlSRm8tbM=', 'LK/2019/002', 'Christ',
        'Church', 'not an email', true, '2019-02-02 09:00+05:30', '12345', 2, 11, 1, NULL, NULL),
    (5, 'pbkdf2_sha256$100000$oldsaltC3$KnN7GNQrqCo97ndc5MuJFhwAALTf4KeA3xRlSRm8tbM=', 'LKT/2019/001', 'Holy',
        'Trinity', '', true, '2019-02-03 09:00+05:30', '+91 94000 00003', 2, 20, 2, NULL, NULL),
    (6, 'pbkdf2_sha256$100000$oldsaltC3$KnN7GNQrqCo97ndc5MuJFhwAALTf4KeA3xRlSRm8tbM=', 'lk.official', 'Kollam',
        'Official', 'kollam@legacy-kalamela.example', true, '2019-03-01 09:00+05:30', '9400000006', 3, NULL, 1, 10,
        2),
    (7, 'pbkdf2_sha256$100000$oldsaltC3$KnN7GNQrqCo97ndc5MuJFhwAALTf4KeA3xRlSRm8tbM=', 'lk.official2', 'Second',
        'Official', '', true, '2019-03-02 09:00+05:30', '9400000007', 3, NULL, 1, NULL, NULL),
    (8, 'pbkdf2_sha256$100000$oldsaltC3$KnN7GNQrqCo97ndc5MuJFhwAALTf4KeA3xRlSRm8tbM=', 'ghost', '', '', '', true,
        '2019-03-03 09:00+05:30', NULL, 9, NULL, NULL, NULL, NULL),
    (9, 'pbkdf2_sha256$100000$oldsaltC3$KnN7GNQrqCo97ndc5MuJFhwAALTf4KeA3xRlSRm8tbM=', 'LK/2019/003', 'Lost', '',
        '', true, '2019-02-04 09:00+05:30', NULL, 2, 30, 99, NULL, NULL),
    (10, 'bcrypt_sha256$$2b$12$oldbcrypthashthatcannotbeverifiedhere', 'kt.official', 'Kottayam', 'Official', '',
        true, '2019-03-04 09:00+05:30', '9400000010', 3, NULL, 2, NULL, NULL);

INSERT INTO auth_app_unitregistrationdata VALUES (1, 3, 'Approved'), (2, 4, 'Registration Started'),
    (3, 5, 'Registration Completed'), (4, 9, 'Approved'), (5, 4, 'Approved'), (6, 5, 'Archived');
INSERT INTO auth_app_unitdetails VALUES (1, 3, 2019, 25), (2, 4, NULL, 10), (3, 5, 2018, 12);

INSERT INTO auth_app_unitmembers VALUES
    (101, 3, 'Anu Thomas', 'F', '2008-03-01', '9500000101', 'Plus Two', 'O+'),
    (102, 3, 'Binu Mathew', 'M', '1998-05-05', '9500000102', 'B.Com', 'A+'),
    (103, 3, 'Cini George', 'F', '2009-07-07', '9500000103', 'SSLC', NULL),
    (104, 3, 'Dev Das', 'X', '2008-01-01', '9500000104', NULL, NULL),
    (105, 3, 'Eby John', 'M', NULL, '9500000105', NULL, NULL),
    (106, 3, 'Feba Jacob', 'F', '2000-01-01', '95000', NULL, NULL),
    (107, 4, 'Gigi Kurian', 'M', '2007-02-02', '9500000101', NULL, NULL),
    (108, 4, 'Hari Philip', 'M', '2006-06-06', '+91 95000 00108', 'Plus Two', NULL),
    (109, 4, 'Ivy Samuel', 'F', '1985-01-01', '9500000109', 'MBA', NULL),
    (110, 5, 'Jincy Varghese', 'F', '2007-09-09', '9500000110', NULL, 'B +ve'),
    (111, 5, 'Kevin Oommen', 'M', '1999-09-09', '9500000111', NULL, 'Z'),
    (112, 99, 'Nobody Known', 'M', '2001-01-01', '9500000112', NULL, NULL),
    (113, 3, 'Lal Cherian', 'M', '2008-08-08', '9500000113', NULL, NULL),
    (114, 3, 'Mini Official', 'F', '1995-01-01', '9400000006', NULL, NULL);

INSERT INTO auth_app_unitofficials VALUES
    (1, 3, 'Rev. Abraham', '9600000001', 'Jose', '9600000002', 'Mathew', '9600000003', 'Susan', '9600000004',
        'Philip', '9600000005'),
    (2, 4, 'Rev. Cherian', '9600000011', 'Thomas', '9600000012', 'Sara', '9600000013', 'Reji', '9600000014',
        'Tomy', NULL);
INSERT INTO auth_app_unitcouncilor VALUES (1, 3, 101), (2, 3, 102), (3, 3, 107), (4, 5, 110);

INSERT INTO kalamela_individualevent VALUES
    (1, 'Solo Eastern Jr Boys', 'MUSIC', NULL, '2019-06-01 10:00+05:30'),
    (2, 'Light music Girls', 'Music', NULL, '2019-06-01 10:00+05:30'),
    (3, 'Pencil drawing', 'Fine Arts', NULL, '2019-06-01 10:00+05:30'),
    (4, 'Essay Eng Sr', 'Literary', NULL, '2019-06-01 10:00+05:30'),
    (5, 'Magic', 'Sorcery', NULL, '2019-06-01 10:00+05:30');
INSERT INTO kalamela_groupevent VALUES
    (1, 'Group Song', NULL, 8, 3, 1, '2019-06-01 10:00+05:30'),
    (2, 'Mime', NULL, 8, 5, 1, '2019-06-01 10:00+05:30'),
    (3, 'Broken Event', NULL, 2, 5, 1, '2019-06-01 10:00+05:30'),
    (4, 'Margamkali Junior', NULL, 8, 2, 1, '2019-06-01 10:00+05:30');
INSERT INTO kalamela_kalamelaexcludemembers VALUES (1, 109), (2, 104);

INSERT INTO kalamela_individualeventparticipation VALUES
    (1, 1, 108, 6, '1005', 'Junior', '2019-07-01 10:00+05:30'),
    (2, 3, 101, 6, '1005', 'Junior', '2019-07-01 10:01+05:30'),
    (3, 3, 102, 6, '1010', 'Senior', '2019-07-01 10:02+05:30'),
    (4, 2, 101, 6, '1005', 'Junior', '2019-07-01 10:03+05:30'),
    (5, 1, 101, 6, '1005', 'Junior', '2019-07-01 10:04+05:30'),
    (6, 4, 102, 6, '2001', 'Senior', '2019-07-01 10:05+05:30'),
    (7, 3, 109, 6, '2002', 'Senior', '2019-07-01 10:06+05:30'),
    (8, 3, 104, 6, '1006', 'Junior', '2019-07-01 10:07+05:30'),
    (9, 3, 113, 6, '1003', 'Junior', '2019-07-01 10:08+05:30'),
    (10, 3, 103, 6, '1004', 'Junior', '2019-07-01 10:09+05:30'),
    (11, 3, 110, 10, '1003', 'Junior', '2019-07-01 10:10+05:30'),
    (12, 99, 101, 6, '1005', 'Junior', '2019-07-01 10:11+05:30');
INSERT INTO kalamela_groupeventparticipation VALUES
    (1, 1, 101, 'GS1', 6), (2, 1, 103, 'GS1', 6), (3, 1, 113, 'GS1', 6),
    (4, 1, 108, 'GS2', 6), (5, 1, 110, 'GS2', 6), (6, 1, 101, 'GS2', 6),
    (7, 2, 102, 'M-1', 6), (8, 2, 999, 'M-1', 6),
    (9, 99, 101, 'X1', 6),
    -- A senior in a junior team, and a member outside both age ranges (and excluded): the old app did not check.
    (10, 4, 113, 'MJ1', 6), (11, 4, 102, 'MJ1', 6), (12, 1, 109, 'GS3', 6);

INSERT INTO kalamela_kalamelapayements VALUES
    (1, 6, 3, 1, 250.00, 'proofs/kollam-1.pdf', 'Paid', '2019-07-05 10:00+05:30'),
    (2, 6, 1, 0, 100.00, 'proofs/kollam-2.pdf', 'Pending, Proof Uploaded', '2019-07-06 10:00+05:30'),
    (3, 6, 1, 0, 50.00, NULL, 'Pending, No Proof Uploaded', '2019-07-07 10:00+05:30'),
    (4, 10, 1, 1, 150.00, 'proofs/kottayam.png', 'Declined', '2019-07-05 11:00+05:30'),
    (5, 99, 1, 0, 50.00, NULL, 'Paid', '2019-07-05 12:00+05:30'),
    (6, 10, 1, 0, 60.00, NULL, 'Refunded', '2019-07-08 12:00+05:30');

INSERT INTO conference_conferenceregistrationdata VALUES (1, 6, 'Registered'), (2, 10, 'Registered');
INSERT INTO conference_conferencedelegate VALUES (1, 1, 6, 102), (2, 1, 6, NULL), (3, 1, 6, 102), (4, 9, 6, 101);
INSERT INTO conference_conferencepayment VALUES
    (1, 1, 600.00, 6, 'proofs/conference-kollam.pdf', '2019-05-10', 'PAID'),
    (2, 1, 300.00, 10, '', '2019-05-11', 'NOT PAID');

-- Score cards: Pencil drawing (scored first) with a tie at 62 and old grades and points the new rules derive
-- otherwise; a card of a participation that was not imported, one of none at all, a second card of an entry, a mark
-- over 100 and a card naming another member than its participation's. Group cards name their team by event and
-- chest number only: 'group  song'/'gs2' is Group Song's GS2, Mime's 'GS1' collides with Group Song's team and
-- is no team of Mime, 'GS9' is nobody's, and 'Kolkali' is no event.
INSERT INTO kalamela_individualeventscorecard VALUES (1, 1, 108, 78.50, 'A', 10, '2019-08-01 15:00+05:30'),
    (2, 9, 113, 55.00, 'B', 6, '2019-08-01 14:00+05:30'),
    (3, 2, 101, 62.00, 'A', 8, '2019-08-01 14:00+05:30'),
    (4, 3, 102, 62.00, 'A', 8, '2019-08-01 14:01+05:30'),
    (5, 8, 104, 70.00, 'A', 8, '2019-08-01 14:02+05:30'),
    (6, 11, 110, 120.00, 'A', 10, '2019-08-01 14:03+05:30'),
    (7, 77, 101, 50.00, 'B', 3, '2019-08-01 14:04+05:30'),
    (8, 9, 113, 57.00, 'B', 3, '2019-08-01 14:05+05:30'),
    (9, 6, 101, 66.00, 'A', 10, '2019-08-01 17:00+05:30');
INSERT INTO kalamela_groupeventscorecard VALUES (1, 'Group Song', 81.00, 'GS1', 'A', 5, '2019-08-01 16:00+05:30'),
    (2, 'Group Song', 40.00, 'GS9', 'C', 0, '2019-08-01 16:00+05:30'),
    (3, 'group  song', 64.50, 'gs2', 'A', 3, '2019-08-01 16:01+05:30'),
    (4, 'Mime', 70.00, 'GS1', 'A', 5, '2019-08-01 16:30+05:30'),
    (5, 'Mime', 58.00, 'M-1', 'B', 5, '2019-08-01 16:31+05:30'),
    (6, 'Kolkali', 50.00, 'K1', 'B', 5, '2019-08-01 16:40+05:30');
-- Appeals, named by event and chest number as the old app did: pending with its fee pending; rejected and
-- accepted with replies (Pencil drawing's '1003' is two entries, the appellant's own is meant); the fee confirmed
-- of a team; and what cannot come over: an entry with no result, a second appeal of an entry, an unknown status,
-- a team and an event that cannot be found, a decision without a reply.
INSERT INTO kalamela_appeal VALUES
    (1, 101, '1005', 'Pencil drawing', 'The mark is too low', NULL, 'Confirmation Pending', '2019-08-01 15:20+05:30'),
    (2, 113, '1003', 'Pencil drawing', 'The judge missed my drawing', 'Re-checked: the mark stands.', 'Rejected',
        '2019-08-01 15:25+05:30'),
    (3, 102, '1010', 'pencil  drawing', 'The tie should be broken', 'Accepted: the marks were added again.',
        'Approved', '2019-08-01 15:26+05:30'),
    (4, 110, '1003', 'Pencil drawing', 'My card is lost', NULL, 'Confirmation Pending', '2019-08-01 15:27+05:30'),
    (5, 101, '1005', 'Pencil drawing', 'Once more', NULL, 'Confirmation Pending', '2019-08-01 15:28+05:30'),
    (6, 101, 'GS1', 'Group Song', 'Our group deserved more', NULL, 'Pending', '2019-08-01 16:10+05:30'),
    (7, 108, '1005', 'Solo Eastern Jr Boys', 'Never mind', NULL, 'Withdrawn', '2019-08-01 15:30+05:30'),
    (8, 108, 'GS9', 'Group Song', 'Our group too', NULL, 'Confirmation Pending', '2019-08-01 16:11+05:30'),
    (9, 108, '1005', 'Kolkali', 'Where is my result', NULL, 'Confirmation Pending', '2019-08-01 16:12+05:30'),
    (10, 101, '1005', 'Light music Girls', 'Too low', NULL, 'Approved', '2019-08-01 16:13+05:30');
INSERT INTO kalamela_appealpayements VALUES
    (1, 1, 1000.00, 'Appeal', 'Confirmation Pending', '2019-08-01 15:21+05:30'),
    (2, 2, 1000.00, 'Appeal', 'Paid', '2019-08-01 15:26+05:30'),
    (3, 6, 1000.00, 'Appeal', 'Paid', '2019-08-01 16:10+05:30'),
    (4, 2, 1000.00, 'Appeal', 'Paid', '2019-08-01 15:40+05:30'),
    (5, 4, 1000.00, 'Appeal', 'Confirmation Pending', '2019-08-01 15:27+05:30'),
    (6, 99, 1000.00, 'Appeal', 'Paid', '2019-08-01 15:27+05:30'),
    (7, 3, 0.00, 'Appeal', 'Paid', '2019-08-01 15:27+05:30');
