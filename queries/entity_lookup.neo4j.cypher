// Entities of the given labels whose key, name or one of whose aliases equals the given name.
// params: labels, name, key
MATCH (n:Person|Organization|Honor|Forum|Alliance|Program|Place)
WHERE n.key = $key OR n.name = $name OR $name IN n.aliases
WITH n, [l IN labels(n) WHERE l IN $labels] AS hits
WHERE size(hits) > 0
RETURN hits[0] AS label, n.key AS key, n.name AS name, n.aliases AS aliases
ORDER BY label, key
LIMIT 50
