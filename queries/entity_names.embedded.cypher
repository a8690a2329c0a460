// Every name and alias of the entities of the given labels (for close-match suggestions).
// params: labels
MATCH (n:Person:Organization:Honor:Forum:Alliance:Program:Place)
WHERE label(n) IN $labels
RETURN label(n) AS label, n.key AS key, n.name AS name, n.aliases AS aliases
