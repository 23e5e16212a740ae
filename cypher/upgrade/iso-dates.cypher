// Upgrades a graph written before dates were Neo4j DATE values: every date property
// (src/graph/model.ts DATE_PROPERTIES) still held as an ISO string ("2021-04-02")
// becomes the DATE it spells. Nothing else is touched, and a graph already in the new
// shape is left as it is (running it twice changes nothing).
// Run each statement in Neo4j Browser, or: cypher-shell -f cypher/upgrade/iso-dates.cypher
MATCH (n) WHERE n.date IS :: STRING NOT NULL SET n.date = date(n.date);
MATCH (n) WHERE n.published IS :: STRING NOT NULL SET n.published = date(n.published);
MATCH (n) WHERE n.validFrom IS :: STRING NOT NULL SET n.validFrom = date(n.validFrom);
MATCH (n) WHERE n.validUntil IS :: STRING NOT NULL SET n.validUntil = date(n.validUntil);
MATCH ()-[r]->() WHERE r.date IS :: STRING NOT NULL SET r.date = date(r.date);
MATCH ()-[r]->() WHERE r.firstSeen IS :: STRING NOT NULL SET r.firstSeen = date(r.firstSeen);
MATCH ()-[r]->() WHERE r.lastSeen IS :: STRING NOT NULL SET r.lastSeen = date(r.lastSeen);
MATCH ()-[r]->() WHERE r.currentFrom IS :: STRING NOT NULL SET r.currentFrom = date(r.currentFrom);
MATCH ()-[r]->() WHERE r.currentTo IS :: STRING NOT NULL SET r.currentTo = date(r.currentTo);
MATCH ()-[r]->() WHERE r.formerFrom IS :: STRING NOT NULL SET r.formerFrom = date(r.formerFrom);
