// Who is who among the officials of one name: each Person, the articles' mentions
// it was resolved from (date, offices as that article gives them) and, for each
// mention joined to another article's, the rule and the facts it used.
// In Neo4j Browser, set the parameters first:
// :params {person: 'Lê Tiến Nhật'}
// The same as a picture: identity-graph.cypher.
MATCH (p:Person)<-[:REFERS_TO]-(m:Mention)
WHERE p.name = $person OR p.key = $person
OPTIONAL MATCH (m)-[s:SAME_AS]->(joined:Mention)
RETURN p.key AS person, p.jurisdiction AS jurisdiction, m.key AS mention, m.date AS date, m.offices AS offices,
       joined.key AS joinedTo, s.rule AS rule, s.reason AS reason
ORDER BY person, date IS NULL, date, mention, joinedTo;
