// Entities of the given labels whose name or an alias contains the text (case-insensitive), up to a cap.
// params: labels, q, cap
MATCH (n:Person:Organization:Honor:Forum:Alliance:Program:Place)
WITH n, lower($q) AS q
WHERE label(n) IN $labels AND (lower(n.name) CONTAINS q OR any(a IN n.aliases WHERE lower(a) CONTAINS q))
RETURN label(n) AS label, n.key AS key, n.name AS name, n.aliases AS aliases
LIMIT $cap
