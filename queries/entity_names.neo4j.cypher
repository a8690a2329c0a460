// Every name and alias of the entities of the given labels (for close-match suggestions).
// params: labels
MATCH (n:Person|Organization|Honor|Forum|Alliance|Program|Place)
WITH n, [l IN labels(n) WHERE l IN $labels] AS hits
WHERE size(hits) > 0
RETURN hits[0] AS label, n.key AS key, n.name AS name, n.aliases AS aliases
