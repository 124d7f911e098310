-- Tracking writes join the change feed of migration 0006: a change that may alter what the
-- public sees of a recommendation's implementation (its status, the institutions responsible:
-- facets of the search index) stamps the recommendation like any other write, so that the index
-- catches up with it. Triggers, unlike imports whose writer stamps: tracking writes are few and
-- small, and a trigger cannot be forgotten by the next service that writes these tables.
-- Each trigger raises the change sequence, then stamps with it.

-- The recommendations each action answers, directly or through a cluster.
CREATE VIEW action_answers (action_id, recommendation_uid) AS
    SELECT action_id, recommendation_uid FROM action_recommendations
    UNION
    SELECT ac.action_id, cr.recommendation_uid
      FROM action_clusters ac JOIN cluster_recommendations cr ON cr.cluster_id = ac.cluster_id;

-- A recommendation linked to an action, or unlinked.
CREATE TRIGGER action_recommendation_added AFTER INSERT ON action_recommendations
BEGIN
    UPDATE change_sequence SET seq = seq + 1;
    UPDATE recommendations SET change_seq = (SELECT seq FROM change_sequence)
     WHERE uid = NEW.recommendation_uid;
END;
CREATE TRIGGER action_recommendation_removed AFTER DELETE ON action_recommendations
BEGIN
    UPDATE change_sequence SET seq = seq + 1;
    UPDATE recommendations SET change_seq = (SELECT seq FROM change_sequence)
     WHERE uid = OLD.recommendation_uid;
END;

-- A recommendation put in a cluster (which actions may answer), or taken out.
CREATE TRIGGER cluster_recommendation_added AFTER INSERT ON cluster_recommendations
BEGIN
    UPDATE change_sequence SET seq = seq + 1;
    UPDATE recommendations SET change_seq = (SELECT seq FROM change_sequence)
     WHERE uid = NEW.recommendation_uid;
END;
CREATE TRIGGER cluster_recommendation_removed AFTER DELETE ON cluster_recommendations
BEGIN
    UPDATE change_sequence SET seq = seq + 1;
    UPDATE recommendations SET change_seq = (SELECT seq FROM change_sequence)
     WHERE uid = OLD.recommendation_uid;
END;

-- A cluster linked to an action, or unlinked: every recommendation of the cluster.
CREATE TRIGGER action_cluster_added AFTER INSERT ON action_clusters
BEGIN
    UPDATE change_sequence SET seq = seq + 1;
    UPDATE recommendations SET change_seq = (SELECT seq FROM change_sequence)
     WHERE uid IN (SELECT recommendation_uid FROM cluster_recommendations
                    WHERE cluster_id = NEW.cluster_id);
END;
CREATE TRIGGER action_cluster_removed AFTER DELETE ON action_clusters
BEGIN
    UPDATE change_sequence SET seq = seq + 1;
    UPDATE recommendations SET change_seq = (SELECT seq FROM change_sequence)
     WHERE uid IN (SELECT recommendation_uid FROM cluster_recommendations
                    WHERE cluster_id = OLD.cluster_id);
END;

-- An action's status, publication or lead institution changed: every recommendation it answers,
-- directly or through a cluster.
CREATE TRIGGER action_changed AFTER UPDATE OF status, published, lead_institution ON actions
WHEN OLD.status IS NOT NEW.status OR OLD.published IS NOT NEW.published
  OR OLD.lead_institution IS NOT NEW.lead_institution
BEGIN
    UPDATE change_sequence SET seq = seq + 1;
    UPDATE recommendations SET change_seq = (SELECT seq FROM change_sequence)
     WHERE uid IN (SELECT recommendation_uid FROM action_answers WHERE action_id = NEW.id);
END;

-- A supporting institution added to an action or removed from it.
CREATE TRIGGER action_supporter_added AFTER INSERT ON action_supporting_institutions
BEGIN
    UPDATE change_sequence SET seq = seq + 1;
    UPDATE recommendations SET change_seq = (SELECT seq FROM change_sequence)
     WHERE uid IN (SELECT recommendation_uid FROM action_answers
                    WHERE action_id = NEW.action_id);
END;
CREATE TRIGGER action_supporter_removed AFTER DELETE ON action_supporting_institutions
BEGIN
    UPDATE change_sequence SET seq = seq + 1;
    UPDATE recommendations SET change_seq = (SELECT seq FROM change_sequence)
     WHERE uid IN (SELECT recommendation_uid FROM action_answers
                    WHERE action_id = OLD.action_id);
END;

-- A coordinator's override set, replaced or withdrawn.
CREATE TRIGGER status_override_set AFTER INSERT ON recommendation_status_overrides
BEGIN
    UPDATE change_sequence SET seq = seq + 1;
    UPDATE recommendations SET change_seq = (SELECT seq FROM change_sequence)
     WHERE uid = NEW.recommendation_uid;
END;
CREATE TRIGGER status_override_replaced AFTER UPDATE ON recommendation_status_overrides
BEGIN
    UPDATE change_sequence SET seq = seq + 1;
    UPDATE recommendations SET change_seq = (SELECT seq FROM change_sequence)
     WHERE uid = NEW.recommendation_uid;
END;
CREATE TRIGGER status_override_removed AFTER DELETE ON recommendation_status_overrides
BEGIN
    UPDATE change_sequence SET seq = seq + 1;
    UPDATE recommendations SET change_seq = (SELECT seq FROM change_sequence)
     WHERE uid = OLD.recommendation_uid;
END;
