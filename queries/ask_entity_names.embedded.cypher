// Ask: the name, aliases and key of every entity of the given labels (the names a question is searched for).
// params: labels
MATCH (n:Person:Organization:Honor:Forum:Alliance:Program:Place)
WHERE label(n) IN $labels
RETURN label(n) AS label, n.key AS key, n.name AS name, n.aliases AS aliases
