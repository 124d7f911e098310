-- Labels a model suggested, kept apart from the labels people confirmed (recommendation_labels and
-- recommendations.action_category), with the model that suggested them and what people made of
-- them. A suggestion names its recommendation by its public id rather than by row: imports that
-- rewrite a recommendation keep its id, and a suggestion whose recommendation is gone is simply
-- no longer listed. Rejected and corrected rows are kept for good: they are how a label people
-- turned down is never suggested again for that recommendation.

CREATE TABLE label_suggestions (
    id                  INTEGER PRIMARY KEY,
    recommendation_uid  TEXT NOT NULL,
    label_id            INTEGER NOT NULL REFERENCES labels(id),
    confidence          REAL NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    model               TEXT NOT NULL,
    model_version       INTEGER NOT NULL,
    created_at          TEXT NOT NULL,
    state               TEXT NOT NULL DEFAULT 'pending' CHECK (state = 'pending' OR
                            state = 'accepted' OR state = 'rejected' OR state = 'corrected'),
    corrected_label_id  INTEGER REFERENCES labels(id),
    reviewed_at         TEXT
) STRICT;

CREATE INDEX label_suggestions_by_recommendation
    ON label_suggestions (recommendation_uid, label_id);
CREATE INDEX label_suggestions_by_state ON label_suggestions (state, id);
