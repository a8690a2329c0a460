// Entities of the given labels whose name or an alias contains the text (case-insensitive), up to a cap.
// params: labels, q, cap
MATCH (n:Person|Organization|Honor|Forum|Alliance|Program|Place)
WITH n, toLower($q) AS q, [l IN labels(n) WHERE l IN $labels] AS hits
WHERE size(hits) > 0 AND (toLower(n.name) CONTAINS q OR any(a IN n.aliases WHERE toLower(a) CONTAINS q))
RETURN hits[0] AS label, n.key AS key, n.name AS name, n.aliases AS aliases
LIMIT $cap
