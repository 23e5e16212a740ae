// Who is who as a picture: each Person of one name, the articles' mentions it was
// resolved from (REFERS_TO) and the SAME_AS links that joined them (click one for its
// rule and reason). Namesakes resolved apart are separate clusters.
// In Neo4j Browser, set the parameters first:
// :params {person: 'Lê Tiến Nhật'}
MATCH (p:Person)<-[r:REFERS_TO]-(m:Mention)
WHERE p.name = $person OR p.key = $person
OPTIONAL MATCH (m)-[s:SAME_AS]->(joined:Mention)
RETURN p, r, m, s, joined
LIMIT 300;
