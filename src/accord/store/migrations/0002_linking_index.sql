-- Linking by neighbourhood (accord.relinking): where each event mention can reach, found by an
-- index (pair, type, width class, first day), and the event it is in (NULL: not linked yet, so a
-- rerun after a crash finds it; '': a copy's mention that joined no event).
-- Rows stored before this version reach everywhere (class 3) until their pair is next relinked.
ALTER TABLE event_mentions ADD COLUMN reach_lo TEXT;
ALTER TABLE event_mentions ADD COLUMN reach_hi TEXT;
ALTER TABLE event_mentions ADD COLUMN reach_class INTEGER NOT NULL DEFAULT 3;
ALTER TABLE event_mentions ADD COLUMN event_id TEXT;
CREATE INDEX event_mentions_reach ON event_mentions (pair, type, reach_class, reach_lo);
CREATE INDEX event_mentions_event ON event_mentions (event_id);
CREATE INDEX event_mentions_unlinked ON event_mentions (pair) WHERE event_id IS NULL;

-- A commitment's first day (its date, else the day it was first reported): the commitments a new
-- event may carry out are found by it.
ALTER TABLE events ADD COLUMN since TEXT;
-- What an event was built from (its mentions, people and parent): a relink rewrites only the events
-- whose fingerprint changed.
ALTER TABLE events ADD COLUMN fingerprint TEXT;
CREATE INDEX events_pair_since ON events (pair, since);
CREATE INDEX commitments_from ON commitments (from_event);
CREATE INDEX commitments_to ON commitments (to_event);
