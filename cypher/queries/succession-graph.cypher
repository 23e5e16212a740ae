// What became of a body in the July 2025 reform, as a picture: the body, the bodies
// that succeeded it (the relationship's `date` and `partly`: only part of the old
// unit went there), and the offices of each successor with their holders.
// In Neo4j Browser, set the parameters first:
// :params {organization: 'Tỉnh ủy Vĩnh Phúc'}
MATCH succession = (o:Organization)-[:SUCCEEDED_BY]->(next:Organization)
WHERE o.name = $organization OR o.key = $organization
OPTIONAL MATCH held = (:Person)-[:HOLDS]->(:Position)-[:OF]->(next)
RETURN succession, held;
