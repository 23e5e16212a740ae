// Who held the offices of a body, as far as the articles say. With $date, only the
// holdings reported on or before that date and not reported as former before it, in
// a body that stood on that date (the API's officeHolders asOf); $date null: every
// holding reported. $title null: every title of the body. A name several bodies
// share matches each: `organization` (the id) tells them apart; pass an id to keep
// one. Ordered as the API: first reported first, undated last. Dates are stored as
// DATE values; $date is an ISO date ('2021-04-02') or a DATE.
// In Neo4j Browser, set the parameters first:
// :params {organization: 'Huyện ủy Thanh Trì', title: null, date: '2021-04-02'}
MATCH (p:Person)-[h:HOLDS]->(pos:Position)-[:OF]->(o:Organization)
WHERE (o.name = $organization OR o.key = $organization)
  AND ($title IS NULL OR pos.title = $title)
  AND ($date IS NULL OR (h.firstSeen <= date($date) AND (h.formerFrom IS NULL OR date($date) < h.formerFrom)
       AND (o.validFrom IS NULL OR o.validFrom <= date($date)) AND (o.validUntil IS NULL OR date($date) < o.validUntil)))
RETURN o.key AS organization, pos.title AS title, p.name AS person, h.former AS former,
       h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, h.articles AS articles
ORDER BY h.firstSeen IS NULL, h.firstSeen, title, organization, p.search, p.key;
