-- A draw's seed becomes the 256 random bits its fair shuffle is driven by, written as 64 lowercase hexadecimal
-- digits (docs/architecture.md, the ADR on the draw's fairness): a 64-bit seed cannot reach most orders of 17
-- or more performers. Draws stored before (none were made by the application: it had no endpoint to draw
-- with) keep their number, padded to the new form; drawing the event again replaces them.
ALTER TABLE event_draws ALTER COLUMN seed TYPE TEXT USING lpad(to_hex(seed), 64, '0');
ALTER TABLE event_draws ADD CONSTRAINT event_draws_seed_hex CHECK (seed ~ '^[0-9a-f]{64}$');
