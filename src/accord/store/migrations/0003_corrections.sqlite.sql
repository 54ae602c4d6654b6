-- Corrections made by analysts, kept beside the machine record and never merged into it:
-- every relink reads them again and applies them to what linking built.
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,          -- the same in every store the correction is imported into
    kind TEXT NOT NULL,
    pair TEXT NOT NULL,                -- the partition it applies to; '' for corrections of actors
    target TEXT NOT NULL,              -- the event or actor id when it was made
    data TEXT NOT NULL,                -- JSON: the mentions of the target then, the value, the other event...
    analyst TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX corrections_pair ON corrections (pair, id);

-- A rejected event stays in the record (its mentions stay linked to it) but out of every listing.
ALTER TABLE events ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
