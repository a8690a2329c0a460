// Ask: when a forum (by key) was held: its start and end dates, with the mentions that state them as evidence (one row per such mention; none when no date is known).
// params: key
MATCH (a:Article)-[r:MENTIONS]->(n:Forum)
WHERE n.key = $key AND n.start_date IS NOT NULL
  AND any(s IN r.stated WHERE s STARTS WITH 'start_date=' OR s STARTS WITH 'end_date=')
RETURN n.start_date AS start_date, n.end_date AS end_date,
       r.key AS fact_key, r.doc AS doc, r.article AS article, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, r.extractor AS extractor
