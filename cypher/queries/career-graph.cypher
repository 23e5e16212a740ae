// An official's career as a picture: the offices held with their bodies, the
// meetings taken part in with the bodies that held them.
// In Neo4j Browser, set the parameters first:
// :params {person: 'Lê Tiến Nhật'}
MATCH (p:Person)
WHERE p.name = $person OR p.key = $person
MATCH (p)-[r]->(x)
WHERE x:Position OR x:Event
OPTIONAL MATCH (x)-[of:OF|ORGANIZED_BY]->(o:Organization)
RETURN p, r, x, of, o
LIMIT 200;
