-- Sign-in sessions of the web application. The cookie carries a random token; the database
-- keeps only its SHA-256, so that a copy of the database opens no session. Each session has its
-- own CSRF token, which every form of that session carries. A session ends at its expiry, at
-- logout, or with its user.

CREATE TABLE web_sessions (
    token_sha256 TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    created_at   TEXT NOT NULL,  -- UTC, "2026-01-31T12:00:00Z"
    expires_at   TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX web_sessions_by_expiry ON web_sessions (expires_at);
