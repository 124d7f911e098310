-- Implementation tracking, second part: indicators of an action's progress with their dated
-- measurements, a reporting period per action (so that the next progress report has a due
-- date), and the UPR calendar's dates as events.

-- An indicator measures one action: a unit, an optional baseline and target in that unit, and
-- the dimensions (sex, region, age) its measurements may be broken down by.
CREATE TABLE indicators (
    id        INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES actions(id),
    name      TEXT NOT NULL CHECK (name <> ''),
    unit      TEXT NOT NULL CHECK (unit <> ''),
    baseline  REAL,
    target    REAL
) STRICT;
CREATE INDEX indicators_by_action ON indicators (action_id);

CREATE TABLE indicator_dimensions (
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    dimension    TEXT NOT NULL CHECK (dimension IN ('sex', 'region', 'age')),
    PRIMARY KEY (indicator_id, dimension)
) STRICT, WITHOUT ROWID;

-- A value in the indicator's unit on a date, with where it comes from; without breakdown rows
-- it is the total, with them the value for that group (sex = female, region = Osh).
CREATE TABLE indicator_measurements (
    id           INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id),
    value        REAL NOT NULL,
    measured_on  TEXT NOT NULL,
    source       TEXT NOT NULL CHECK (source <> ''),
    recorded_by  TEXT NOT NULL,
    recorded_at  TEXT NOT NULL
) STRICT;
CREATE INDEX indicator_measurements_by_indicator ON indicator_measurements (indicator_id);

CREATE TABLE measurement_breakdown (
    measurement_id INTEGER NOT NULL REFERENCES indicator_measurements(id) ON DELETE CASCADE,
    dimension      TEXT NOT NULL CHECK (dimension IN ('sex', 'region', 'age')),
    value          TEXT NOT NULL CHECK (value <> ''),
    PRIMARY KEY (measurement_id, dimension)
) STRICT, WITHOUT ROWID;

-- Progress reports are due every N days: the next one N days after the last period reported
-- on ends (or after the action starts). NULL: the action has no reporting period.
ALTER TABLE actions ADD COLUMN report_every_days INTEGER
    CHECK (report_every_days IS NULL OR report_every_days > 0);

-- Dates of the UPR calendar (and others the secretariat follows) shown beside the deadlines.
CREATE TABLE calendar_events (
    id    INTEGER PRIMARY KEY,
    kind  TEXT NOT NULL CHECK (kind IN ('submission_deadline', 'review', 'adoption',
                                        'mid_term_report', 'other')),
    date  TEXT NOT NULL,
    title TEXT NOT NULL CHECK (title <> ''),
    state TEXT NOT NULL DEFAULT '',  -- ISO 3166 alpha-3, or empty
    cycle INTEGER CHECK (cycle IS NULL OR cycle > 0)
) STRICT;
CREATE INDEX calendar_events_by_date ON calendar_events (date);
