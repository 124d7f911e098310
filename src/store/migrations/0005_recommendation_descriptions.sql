-- What sources that only describe a document (an OHCHR matrix citing a Working Group report)
-- say of its recommendations: kept so that the document's own records take their labels and
-- positions whenever either side is written, in either order and on every re-import. A
-- description that matches no record of the document's own is also stored as a recommendation.

CREATE TABLE recommendation_descriptions (
    uid             TEXT PRIMARY KEY,        -- the description's own recommendation id
    document        TEXT NOT NULL,           -- symbol of the document it describes
    paragraph       TEXT NOT NULL,
    states          TEXT NOT NULL,           -- ISO alpha-3 codes joined by '|'
    response        TEXT NOT NULL,
    response_source TEXT NOT NULL,
    labels          TEXT NOT NULL,           -- 'taxonomy:code' joined by '|'
    importer        TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX recommendation_descriptions_by_document ON recommendation_descriptions (document);
