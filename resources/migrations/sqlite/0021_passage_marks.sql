-- Pressdesk schema version 21: on PostgreSQL a search list marks the word being typed and
-- searches text between angle brackets (migrations/postgres/0021_passage_marks.sql). The
-- version moves with the server's.
SELECT 1;
