// One document's normalised text and source, with its articles' spans, for highlighting evidence in the explorer.
// params: key
MATCH (d:Document)
WHERE d.key = $key
OPTIONAL MATCH (a:Article)-[:IN_DOCUMENT]->(d)
RETURN d.key AS key, d.source AS source, d.title AS title, d.published AS published, d.text AS text,
       a.ordinal AS ordinal, a.headline AS headline, a.text_start AS text_start, a.text_end AS text_end,
       a.byline AS byline
ORDER BY ordinal
