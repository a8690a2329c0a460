// Entities of the given labels whose name or aliases contain one of the given fragments (close-match candidates for an unknown name), the first `cap` by key so both stores return the same ones.
// params: labels, grams, cap
MATCH (n:Person|Organization|Honor|Forum|Alliance|Program|Place)
WITH n, [l IN labels(n) WHERE l IN $labels] AS hits
WHERE size(hits) > 0
  AND any(g IN $grams WHERE n.name CONTAINS g OR any(a IN coalesce(n.aliases, []) WHERE a CONTAINS g))
RETURN hits[0] AS label, n.key AS key, n.name AS name, n.aliases AS aliases
ORDER BY key
LIMIT $cap
