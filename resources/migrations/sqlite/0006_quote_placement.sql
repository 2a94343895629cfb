-- Pressdesk schema version 6: each quote stands where the writer put it in the body, as
-- the number of the body's top-level blocks before it. NULL keeps the former place,
-- after the first paragraph.
ALTER TABLE quotes ADD COLUMN placement INTEGER CHECK (placement IS NULL OR placement >= 0);
