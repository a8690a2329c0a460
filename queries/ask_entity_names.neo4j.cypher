// Ask: the name, aliases and key of every entity of the given labels (the names a question is searched for).
// params: labels
MATCH (n:Person|Organization|Honor|Forum|Alliance|Program|Place)
WITH n, [l IN labels(n) WHERE l IN $labels] AS hits
WHERE size(hits) > 0
RETURN hits[0] AS label, n.key AS key, n.name AS name, n.aliases AS aliases
