// What became of a body in the July 2025 reform (an old province's bodies went to the
// merged province's, an old commune's to its new commune's), and who holds office in
// the successor. A district's bodies have none: districts were dissolved.
// In Neo4j Browser, set the parameters first:
// :params {organization: 'Tỉnh ủy Vĩnh Phúc'}
MATCH (o:Organization)-[s:SUCCEEDED_BY]->(next:Organization)
WHERE o.name = $organization OR o.key = $organization
OPTIONAL MATCH (p:Person)-[:HOLDS]->(pos:Position)-[:OF]->(next)
WITH o, s, next, pos, p ORDER BY pos.title, p.name
RETURN o.name AS body, o.validUntil AS ended, s.date AS date, s.partly AS partly,
       next.name AS successor, next.key AS successorId,
       [h IN collect(pos.title + ': ' + p.name) WHERE h IS NOT NULL] AS holders
ORDER BY successor;
