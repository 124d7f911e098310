-- Implementation tracking: institutions, users and their roles, clusters of recommendations,
-- the plan's actions, and the append-only, hash-chained audit log of every change to them.
-- Recommendations are referred to by their stable public id (uid) without a foreign key: an
-- import may replace a document's recommendations with foreign keys off, and a plan must outlive
-- that; the services check that a linked id exists when the link is made.

CREATE TABLE institutions (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('ministry', 'court', 'prosecution', 'police', 'nhri',
                                       'cso', 'other'))
) STRICT;

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL CHECK (role IN ('administrator', 'coordinator', 'focal_point',
                                                'contributor', 'viewer')),
    password_hash TEXT NOT NULL  -- argon2id, libsodium's crypto_pwhash_str format
) STRICT;

CREATE TABLE user_institutions (
    user_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institutions(id),
    PRIMARY KEY (user_id, institution_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE clusters (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE cluster_recommendations (
    cluster_id         INTEGER NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,
    recommendation_uid TEXT NOT NULL,
    PRIMARY KEY (cluster_id, recommendation_uid)
) STRICT, WITHOUT ROWID;
CREATE INDEX cluster_recommendations_by_uid ON cluster_recommendations (recommendation_uid);

CREATE TABLE actions (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL,
    description      TEXT NOT NULL DEFAULT '',
    lead_institution INTEGER NOT NULL REFERENCES institutions(id),
    start_date       TEXT NOT NULL DEFAULT '',
    due_date         TEXT NOT NULL DEFAULT '',
    budget           INTEGER,
    currency         TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'completed',
                                                     'delayed', 'cancelled')),
    published        INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    CHECK (start_date = '' OR due_date = '' OR start_date <= due_date)
) STRICT;
CREATE INDEX actions_by_lead ON actions (lead_institution);
CREATE INDEX actions_by_due_date ON actions (due_date);

CREATE TABLE action_supporting_institutions (
    action_id      INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institutions(id),
    PRIMARY KEY (action_id, institution_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX action_supporting_by_institution ON action_supporting_institutions (institution_id);

CREATE TABLE action_recommendations (
    action_id          INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    recommendation_uid TEXT NOT NULL,
    PRIMARY KEY (action_id, recommendation_uid)
) STRICT, WITHOUT ROWID;
CREATE INDEX action_recommendations_by_uid ON action_recommendations (recommendation_uid);

CREATE TABLE action_clusters (
    action_id  INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    cluster_id INTEGER NOT NULL REFERENCES clusters(id),
    PRIMARY KEY (action_id, cluster_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX action_clusters_by_cluster ON action_clusters (cluster_id);

CREATE TABLE action_sdg_targets (
    action_id  INTEGER NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    sdg_target TEXT NOT NULL,
    PRIMARY KEY (action_id, sdg_target)
) STRICT, WITHOUT ROWID;

-- Append-only: the triggers refuse updates and deletes. Someone with the file can drop them;
-- the hash chain (each entry's hash covers the previous hash) is what shows that happened.
CREATE TABLE audit_log (
    sequence      INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    operation     TEXT NOT NULL,
    resource      TEXT NOT NULL,
    before_json   TEXT NOT NULL,
    after_json    TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash          TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_by_resource ON audit_log (resource);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Progress reports: a focal point's account of one action over one period, through the
-- workflow draft -> submitted -> approved | returned -> published. Evidence files are kept
-- beside the database under their SHA-256; the rows say which report cites which.
CREATE TABLE progress_reports (
    id             INTEGER PRIMARY KEY,
    action_id      INTEGER NOT NULL REFERENCES actions(id),
    period_start   TEXT NOT NULL,
    period_end     TEXT NOT NULL,
    narrative      TEXT NOT NULL DEFAULT '',
    author         TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'returned',
                                                   'published')),
    review_comment TEXT NOT NULL DEFAULT '',
    CHECK (period_start <= period_end)
) STRICT;
CREATE INDEX progress_reports_by_action ON progress_reports (action_id);

CREATE TABLE report_evidence (
    report_id INTEGER NOT NULL REFERENCES progress_reports(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    size      INTEGER NOT NULL,
    PRIMARY KEY (report_id, position)
) STRICT, WITHOUT ROWID;

-- The State's view of a recommendation when a coordinator sets it instead of deriving it from
-- the actions; the reason is required.
CREATE TABLE recommendation_status_overrides (
    recommendation_uid TEXT PRIMARY KEY,
    status             TEXT NOT NULL CHECK (status IN ('not_started', 'partially_implemented',
                                                       'implemented')),
    reason             TEXT NOT NULL CHECK (reason <> ''),
    set_by             TEXT NOT NULL,
    set_at             TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- Independent assessments by the NHRI and civil society, kept apart from the State's view.
CREATE TABLE assessments (
    id                 INTEGER PRIMARY KEY,
    recommendation_uid TEXT NOT NULL,
    assessor           TEXT NOT NULL,
    institution        TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL CHECK (status IN ('not_started', 'partially_implemented',
                                                       'implemented')),
    narrative          TEXT NOT NULL DEFAULT '',
    evidence           TEXT NOT NULL DEFAULT '',
    at                 TEXT NOT NULL
) STRICT;
CREATE INDEX assessments_by_recommendation ON assessments (recommendation_uid);
