// Persons kept apart under one name: the same name with different organisation contexts (see
// graph/resolution/persons.py), so possibly one person. One row per name: how many nodes, their keys and
// their contexts (the disambiguator; empty for the context-free node of the name), most nodes first.
// keys and contexts are parallel lists in no particular order.
// params:
MATCH (p:Person)
WITH p.name AS name, collect(p.key) AS keys, collect(coalesce(p.disambiguator, '')) AS contexts, count(*) AS nodes
WHERE nodes > 1
RETURN name, nodes, keys, contexts
ORDER BY nodes DESC, name
