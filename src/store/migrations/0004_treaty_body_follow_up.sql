-- The recommendations a Treaty Body singles out in its concluding observations: those on which
-- the State party must report within one to two years (the follow-up procedure), and those
-- concerning the areas in which, for the Committee on the Rights of the Child, urgent measures
-- must be taken. The concluding observations importer sets these labels; a built-in taxonomy
-- because the store refuses labels it does not know.

INSERT INTO taxonomies (code, name) VALUES ('priorities', 'Treaty Body priorities');

INSERT INTO labels (taxonomy_code, code, position) VALUES
    ('priorities', 'follow_up', 1),
    ('priorities', 'urgent', 2);

INSERT INTO label_names (label_id, language, name)
SELECT id, 'en', CASE code
    WHEN 'follow_up' THEN 'Follow-up within one to two years'
    WHEN 'urgent' THEN 'Urgent measures' END
FROM labels WHERE taxonomy_code = 'priorities';

INSERT INTO label_names (label_id, language, name)
SELECT id, 'ru', CASE code
    WHEN 'follow_up' THEN 'Последующие меры в течение одного-двух лет'
    WHEN 'urgent' THEN 'Срочные меры' END
FROM labels WHERE taxonomy_code = 'priorities';
