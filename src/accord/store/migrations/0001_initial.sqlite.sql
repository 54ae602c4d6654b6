-- accord store, first schema (SQLite).
-- Dates are ISO strings (YYYY-MM-DD): they sort as dates and read the same in both dialects.
-- JSON columns hold accord.model.to_dict output.

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    source TEXT,
    url TEXT,
    lang TEXT NOT NULL,
    published TEXT,
    title TEXT,
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    simhash INTEGER NOT NULL,          -- the unsigned 64-bit hash stored as signed
    band0 INTEGER NOT NULL,            -- its four 16-bit bands, for near-duplicate look-up
    band1 INTEGER NOT NULL,
    band2 INTEGER NOT NULL,
    band3 INTEGER NOT NULL,
    duplicate_of TEXT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_sha256 ON documents (sha256);
CREATE INDEX documents_band0 ON documents (band0);
CREATE INDEX documents_band1 ON documents (band1);
CREATE INDEX documents_band2 ON documents (band2);
CREATE INDEX documents_band3 ON documents (band3);

-- One row per document; data is NULL when the document was stored without an analysis.
CREATE TABLE analyses (
    doc_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    data TEXT
);

CREATE TABLE event_mentions (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    local_id TEXT NOT NULL,
    type TEXT NOT NULL,
    when_edtf TEXT,
    lo TEXT,
    hi TEXT,
    countries TEXT NOT NULL,           -- sorted codes joined by ","
    host TEXT,
    pair TEXT NOT NULL,
    data TEXT NOT NULL,
    UNIQUE (doc_id, local_id)
);
CREATE INDEX event_mentions_pair ON event_mentions (pair, lo);

CREATE TABLE person_mentions (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT NOT NULL,
    title TEXT,
    role TEXT,
    org TEXT,
    country TEXT
);
CREATE INDEX person_mentions_doc ON person_mentions (doc_id);
CREATE INDEX person_mentions_name ON person_mentions (name);

CREATE TABLE failures (
    source TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE TABLE actors (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT,
    country TEXT,
    provisional INTEGER NOT NULL,
    search_names TEXT NOT NULL,        -- every name form, folded, one a line
    data TEXT NOT NULL
);
CREATE INDEX actors_country_kind ON actors (country, kind);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    pair TEXT NOT NULL,
    type TEXT NOT NULL,
    when_edtf TEXT,
    lo TEXT,
    hi TEXT,
    sort_day TEXT NOT NULL,                -- lo, else hi, else "~": timelines put undated events last
    host TEXT,
    data TEXT NOT NULL                 -- the Event without its mentions (those are event_sources)
);
CREATE INDEX events_pair_day ON events (pair, sort_day, id);
CREATE INDEX events_day ON events (sort_day, id);

CREATE TABLE event_countries (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    country TEXT NOT NULL,
    PRIMARY KEY (event_id, country)
);
CREATE INDEX event_countries_country ON event_countries (country, event_id);

CREATE TABLE event_sources (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    doc TEXT NOT NULL,
    local_id TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    lang TEXT NOT NULL
);
CREATE INDEX event_sources_event ON event_sources (event_id);
CREATE INDEX event_sources_doc ON event_sources (doc);

CREATE TABLE event_people (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX event_people_actor ON event_people (actor_id);

CREATE TABLE commitments (
    pair TEXT NOT NULL,
    from_event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    to_event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    PRIMARY KEY (from_event, to_event, kind)
);
CREATE INDEX commitments_pair ON commitments (pair);

-- Full-text search: external-content FTS5 tables kept in step by triggers.
-- Mn in the token categories keeps vowelled Arabic words whole (harakat are Mn; the default
-- categories would cut «مُحَمَّد» into single letters); remove_diacritics 2 folds Latin accents.
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text, content = 'documents', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co Mn'"
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE VIRTUAL TABLE event_sources_fts USING fts5 (
    text, content = 'event_sources', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co Mn'"
);
CREATE TRIGGER event_sources_fts_insert AFTER INSERT ON event_sources BEGIN
    INSERT INTO event_sources_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER event_sources_fts_delete AFTER DELETE ON event_sources BEGIN
    INSERT INTO event_sources_fts (event_sources_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
