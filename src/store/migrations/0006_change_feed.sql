-- A change feed, so that a reader keeping a copy of the recommendations (the search index) can
-- catch up with what was committed since it last looked instead of reading everything again.
-- Each write transaction raises the change sequence once, and the writer stamps every
-- recommendation it changes with it, whatever changed: its row, its texts, recommending States or
-- labels, its response, or its document's row. A deleted recommendation leaves a tombstone. One
-- stamp per row, not a log: writing the same row again moves its stamp instead of adding an
-- entry. The writer stamps rather than triggers: a trigger on recommendations makes SQLite keep
-- a statement journal for every insert, which tripled the instructions of a bulk import.

CREATE TABLE change_sequence (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL
) STRICT;

-- Rows stored before this migration are stamped 1, the sequence a reader that read them all has
-- seen.
INSERT INTO change_sequence (id, seq) VALUES (1, 1);
ALTER TABLE recommendations ADD COLUMN change_seq INTEGER NOT NULL DEFAULT 1;
CREATE INDEX recommendations_by_change ON recommendations (change_seq);
-- To stamp the recommendations of a document that changed.
CREATE INDEX recommendations_by_document ON recommendations (document_id);

CREATE TABLE removed_recommendations (
    uid        TEXT PRIMARY KEY,
    change_seq INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX removed_recommendations_by_change ON removed_recommendations (change_seq);
