// How many entities of the given labels have a name or an alias containing the text (case-insensitive), uncapped.
// params: labels, q
MATCH (n:Person:Organization:Honor:Forum:Alliance:Program:Place)
WITH n, lower($q) AS q
WHERE label(n) IN $labels AND (lower(n.name) CONTAINS q OR any(a IN n.aliases WHERE lower(a) CONTAINS q))
RETURN count(*) AS total
