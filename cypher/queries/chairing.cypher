// Who chaired the meetings of a body, as a picture: the chairs, the meetings, the
// body, and the offices the chairs hold in it.
// In Neo4j Browser, set the parameters first:
// :params {organization: 'Huyện ủy Thanh Trì'}
MATCH (o:Organization)
WHERE o.name = $organization OR o.key = $organization
MATCH chaired = (p:Person)-[:CHAIRED]->(:Event)-[:ORGANIZED_BY]->(o)
OPTIONAL MATCH office = (p)-[:HOLDS]->(:Position)-[:OF]->(o)
RETURN chaired, office
LIMIT 100;
