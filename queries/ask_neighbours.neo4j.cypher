// Ask: the fact neighbours of the given entities (one hop of the connection search), one row per entity with its neighbours' labels and keys (a neighbour joined by several facts is listed once per fact). An entity of another label that shares a key is listed too: the caller keeps the ones it asked for.
// params: keys, entity_labels
MATCH (x:Person|Organization|Honor|Forum|Alliance|Program|Place)-[:SPOKE_AT|PARTICIPATED_IN|HOLDS_HONOR|HOLDS_POSITION|ORGANIZED|UNDERTOOK|CO_ORGANIZED|SUPPORTED|PART_OF|HELD_AT|FOUNDED|MEMBER_OF|LAUNCHED|SUB_UNIT_OF]-(y:Person|Organization|Honor|Forum|Alliance|Program|Place)
WHERE x.key IN $keys
RETURN [l IN labels(x) WHERE l IN $entity_labels][0] AS label, x.key AS key,
       collect([l IN labels(y) WHERE l IN $entity_labels][0]) AS other_labels, collect(y.key) AS other_keys
