// Why the graph states a fact: every source of a relationship of the given type between two named entities (document, sentence, offsets).
// params: head (name or alias), type (relationship type, e.g. SPOKE_AT), tail (name or alias)
MATCH (a)-[r]->(b)
WHERE type(r) = $type AND (a.name = $head OR $head IN a.aliases) AND (b.name = $tail OR $tail IN b.aliases)
MATCH (d:Document)
WHERE d.key = r.doc
RETURN a.name AS head, type(r) AS relation, b.name AS tail, d.source AS source, d.published AS published,
       r.article AS article, r.evidence AS evidence, r.evidence_start AS evidence_start, r.evidence_end AS evidence_end,
       r.extractor AS extractor
ORDER BY source, evidence_start, evidence
