-- The taxonomies every store has. Their labels, apart from the action categories and UPR Info's
-- issue names (needed to read UPR Info's exports), are loaded from files by the user.

INSERT INTO taxonomies (code, name) VALUES
    ('issues', 'UPR Info issues'),
    ('themes', 'UHRI themes'),
    ('affected_persons', 'UHRI affected persons'),
    ('sdgs', 'Sustainable Development Goals and targets'),
    ('action_categories', 'Action categories (1 minimal to 5 specific)');

INSERT INTO labels (taxonomy_code, code, position) VALUES
    ('action_categories', '1', 1),
    ('action_categories', '2', 2),
    ('action_categories', '3', 3),
    ('action_categories', '4', 4),
    ('action_categories', '5', 5);

INSERT INTO label_names (label_id, language, name)
SELECT id, 'en', CASE code
    WHEN '1' THEN 'Minimal action'
    WHEN '2' THEN 'Continuing action'
    WHEN '3' THEN 'Considering action'
    WHEN '4' THEN 'General action'
    WHEN '5' THEN 'Specific action' END
FROM labels WHERE taxonomy_code = 'action_categories';

-- UPR Info's issue names as they appear in its database exports, the code being the name.
WITH names(position, name) AS (VALUES
    (1, 'Asylum-seekers - refugees'), (2, 'Business and human rights'),
    (3, 'CP rights - general'), (4, 'Civil society'), (5, 'Corruption'),
    (6, 'Counter-terrorism'), (7, 'Death penalty'), (8, 'Detention'),
    (9, 'Detention conditions'), (10, 'Development'), (11, 'Disabilities'),
    (12, 'ESC rights - general'), (13, 'Elections'), (14, 'Enforced disappearances'),
    (15, 'Environment'), (16, 'Extrajudicial executions'),
    (17, 'Freedom of association and peaceful assembly'), (18, 'Freedom of movement'),
    (19, 'Freedom of opinion and expression'), (20, 'Freedom of religion and belief'),
    (21, 'Freedom of the press'), (22, 'General'), (23, 'HIV - Aids'),
    (24, 'Human rights defenders'), (25, 'Human rights education and training'),
    (26, 'Human rights violations by state agents'), (27, 'Impunity'),
    (28, 'Indigenous peoples'), (29, 'Internally displaced persons'),
    (30, 'International humanitarian law'), (31, 'International instruments'),
    (32, 'Justice'), (33, 'Labour'), (34, 'Migrants'), (35, 'Minorities'), (36, 'NHRI'),
    (37, 'National plan of action'), (38, 'Other'), (39, 'Poverty'), (40, 'Privacy'),
    (41, 'Public security'), (42, 'Racial discrimination'), (43, 'Right to education'),
    (44, 'Right to food'), (45, 'Right to health'), (46, 'Right to housing'),
    (47, 'Right to land'), (48, 'Right to water and sanitation'),
    (49, 'Rights of the Child'), (50, 'Sexual Orientation and Gender Identity'),
    (51, 'Special procedures'), (52, 'Statelessness and the right to nationality'),
    (53, 'Technical assistance and cooperation'), (54, 'Torture and other CID treatment'),
    (55, 'Trafficking'), (56, 'Treaty bodies'), (57, 'UPR process'),
    (58, 'Women''s rights'), (59, 'Right to water'))
INSERT INTO labels (taxonomy_code, code, position)
SELECT 'issues', name, position FROM names;

INSERT INTO label_names (label_id, language, name)
SELECT id, 'en', code FROM labels WHERE taxonomy_code = 'issues';
