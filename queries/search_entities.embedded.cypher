// Entities of the given labels whose name or an alias contains the text (case-insensitive), one page of them:
// exact name or alias matches first, then shorter names, ties by name, label and key.
// params: labels, q, offset, limit
// (The lower-cased aliases are a variable: the engine drops alias-only matches when n.aliases is read
// again in the projection after a WHERE on it.)
MATCH (n:Person:Organization:Honor:Forum:Alliance:Program:Place)
WITH n, lower($q) AS q, list_transform(n.aliases, a -> lower(a)) AS surfaces
WHERE label(n) IN $labels AND (lower(n.name) CONTAINS q OR any(s IN surfaces WHERE s CONTAINS q))
RETURN label(n) AS label, n.key AS key, n.name AS name, n.aliases AS aliases,
       CASE WHEN lower(n.name) = q OR list_contains(surfaces, q) THEN 0 ELSE 1 END AS inexact
ORDER BY inexact, size(coalesce(n.name, '')), coalesce(n.name, ''), label, key
SKIP $offset LIMIT $limit
