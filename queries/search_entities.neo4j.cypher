// Entities of the given labels whose name or an alias contains the text (case-insensitive), one page of them:
// exact name or alias matches first, then shorter names, ties by name, label and key.
// params: labels, q, offset, limit
MATCH (n:Person|Organization|Honor|Forum|Alliance|Program|Place)
WITH n, toLower($q) AS q, [l IN labels(n) WHERE l IN $labels] AS hits
WHERE size(hits) > 0 AND (toLower(n.name) CONTAINS q OR any(a IN n.aliases WHERE toLower(a) CONTAINS q))
RETURN hits[0] AS label, n.key AS key, n.name AS name, n.aliases AS aliases,
       CASE WHEN toLower(n.name) = q OR any(a IN n.aliases WHERE toLower(a) = q) THEN 0 ELSE 1 END AS inexact
ORDER BY inexact, size(coalesce(n.name, '')), coalesce(n.name, ''), label, key
SKIP $offset LIMIT $limit
