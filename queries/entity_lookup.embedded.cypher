// Entities of the given labels whose key, name or one of whose aliases equals the given name.
// params: labels, name, key
MATCH (n:Person:Organization:Honor:Forum:Alliance:Program:Place)
WHERE label(n) IN $labels AND (n.key = $key OR n.name = $name OR $name IN n.aliases)
RETURN label(n) AS label, n.key AS key, n.name AS name, n.aliases AS aliases
ORDER BY label, key
LIMIT 50
