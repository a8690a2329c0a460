// Entities whose name or one of whose aliases contains the text, with their label.
// params: q (text to look for)
WITH $q AS q
MATCH (n:Person|Organization|Honor|Forum|Alliance|Program|Place)
WHERE n.name CONTAINS q OR any(a IN n.aliases WHERE a CONTAINS q)
RETURN labels(n)[0] AS label, n.name AS name, n.aliases AS aliases, n.key AS key
ORDER BY name, label, key
