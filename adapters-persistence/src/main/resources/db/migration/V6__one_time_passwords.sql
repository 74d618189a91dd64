-- A password someone else chose (a one-time password the admin read out) must be replaced by the owner at
-- the first sign-in: until then the account's sessions may only change it, see the account and sign out.
-- Existing accounts keep their passwords as they are.
ALTER TABLE accounts ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
