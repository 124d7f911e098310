-- Answers to recommendations given in another document than the report that made them (a UPR
-- Working Group report's addendum). Kept apart from the recommendations because either document
-- may be imported first: a statement waits here until its report arrives, and is applied to the
-- report's recommendations whenever either side is written. `report` is a symbol, not a key of
-- documents, for that reason; `source` is the document stating the answer.

CREATE TABLE response_statements (
    report    TEXT NOT NULL,
    paragraph TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES documents(id),
    response  TEXT NOT NULL CHECK (response = 'supported' OR response = 'noted' OR
                  response = 'partially_supported' OR response = 'pending'),
    page      INTEGER,
    PRIMARY KEY (report, paragraph, source_id)
) STRICT, WITHOUT ROWID;
