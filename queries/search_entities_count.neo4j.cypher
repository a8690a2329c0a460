// How many entities of the given labels have a name or an alias containing the text (case-insensitive), uncapped.
// params: labels, q
MATCH (n:Person|Organization|Honor|Forum|Alliance|Program|Place)
WITH n, toLower($q) AS q
WHERE any(l IN labels(n) WHERE l IN $labels)
  AND (toLower(n.name) CONTAINS q OR any(a IN n.aliases WHERE toLower(a) CONTAINS q))
RETURN count(*) AS total
