-- Pressdesk schema version 11: people who must choose their own password at first connection
-- and the reviewers a release is sent to (migrations/postgres/0011_people_review.sql). A file
-- has one person, the local user, who never has a one-time password; they may ask themselves
-- to review.

ALTER TABLE people ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
    CHECK (must_change_password IN (0, 1));

CREATE TABLE review_requests (
    release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
    reviewer TEXT NOT NULL,
    requested_by TEXT NOT NULL DEFAULT 'local',
    requested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (release_id, reviewer)
);
CREATE INDEX review_requests_reviewer ON review_requests (reviewer, release_id);
