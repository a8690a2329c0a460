// Entities of the given labels whose name or aliases contain one of the given fragments (close-match candidates for an unknown name), the first `cap` by key so both stores return the same ones.
// params: labels, grams, cap
MATCH (n:Person:Organization:Honor:Forum:Alliance:Program:Place)
WITH n, $grams AS grams
WHERE label(n) IN $labels AND any(g IN grams WHERE n.name CONTAINS g OR list_to_string('|', n.aliases) CONTAINS g)
RETURN label(n) AS label, n.key AS key, n.name AS name, n.aliases AS aliases
ORDER BY key
LIMIT $cap
