-- The rightstrack schema. Recommendations hang off documents; States, organisations and
-- taxonomy labels are reference data that recommendations point at by key.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE organisations (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
) STRICT;

CREATE TABLE states (
    code           TEXT PRIMARY KEY,          -- ISO 3166-1 alpha-3
    alpha2         TEXT NOT NULL,
    name           TEXT NOT NULL,             -- UN short name
    formal_name    TEXT NOT NULL,
    regional_group TEXT NOT NULL
) STRICT;

CREATE TABLE state_names (
    state_code TEXT NOT NULL REFERENCES states(code),
    language   TEXT NOT NULL,
    name       TEXT NOT NULL,
    PRIMARY KEY (state_code, language, name)
) STRICT, WITHOUT ROWID;

CREATE TABLE state_organisations (
    state_code        TEXT NOT NULL REFERENCES states(code),
    organisation_code TEXT NOT NULL REFERENCES organisations(code),
    PRIMARY KEY (state_code, organisation_code)
) STRICT, WITHOUT ROWID;

CREATE TABLE taxonomies (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
) STRICT;

CREATE TABLE labels (
    id            INTEGER PRIMARY KEY,
    taxonomy_code TEXT NOT NULL REFERENCES taxonomies(code),
    code          TEXT NOT NULL,
    parent_code   TEXT NOT NULL DEFAULT '',
    position      INTEGER NOT NULL,
    UNIQUE (taxonomy_code, code)
) STRICT;

CREATE TABLE label_names (
    label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    name     TEXT NOT NULL,
    PRIMARY KEY (label_id, language)
) STRICT, WITHOUT ROWID;

CREATE TABLE documents (
    id         INTEGER PRIMARY KEY,
    symbol     TEXT NOT NULL UNIQUE,
    mechanism  TEXT NOT NULL,
    state_code TEXT NOT NULL REFERENCES states(code),
    session    INTEGER,
    cycle      INTEGER CHECK (cycle BETWEEN 1 AND 9),
    date       TEXT NOT NULL DEFAULT '',
    language   TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL DEFAULT '',
    sha256     TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE recommendations (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,     -- stable public id
    document_id      INTEGER NOT NULL REFERENCES documents(id),
    paragraph        TEXT NOT NULL DEFAULT '',
    paragraph_key    TEXT NOT NULL DEFAULT '', -- paragraph padded for natural ordering
    sequence         INTEGER NOT NULL,         -- order within the source
    text             TEXT NOT NULL,
    language         TEXT NOT NULL,
    -- Comparisons, not IN (...): SQLite builds an ephemeral index for IN on every insert.
    response         TEXT NOT NULL CHECK (response = 'supported' OR response = 'noted' OR
                         response = 'partially_supported' OR response = 'pending'),
    response_source  TEXT NOT NULL DEFAULT '',
    action_category  INTEGER CHECK (action_category BETWEEN 1 AND 5),
    page             INTEGER,
    importer         TEXT NOT NULL,
    importer_version TEXT NOT NULL,
    source_ref       TEXT NOT NULL DEFAULT '',
    content_hash     TEXT NOT NULL             -- detects unchanged re-imports
) STRICT;

CREATE TABLE recommendation_texts (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    language          TEXT NOT NULL,
    text              TEXT NOT NULL,
    PRIMARY KEY (recommendation_id, language)
) STRICT, WITHOUT ROWID;

CREATE TABLE recommending_states (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    state_code        TEXT NOT NULL REFERENCES states(code),
    PRIMARY KEY (recommendation_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE recommendation_labels (
    recommendation_id INTEGER NOT NULL REFERENCES recommendations(id) ON DELETE CASCADE,
    label_id          INTEGER NOT NULL REFERENCES labels(id),
    PRIMARY KEY (recommendation_id, label_id)
) STRICT, WITHOUT ROWID;
