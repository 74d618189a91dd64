CREATE SEQUENCE floor.notes_seq INCREMENT BY 50;
CREATE TABLE floor.notes (id bigint PRIMARY KEY, text varchar(255));
