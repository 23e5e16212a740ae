// What a graph file holds, as counts and digests that two builds of one corpus can
// be compared by: nodes by label, relationships by type, the people (which mentions
// refer to which person), and one digest over every node and relationship with all
// its properties (rows by label and key, not by row id, so the order of writes does
// not count; evidence that names sentences by id is read as the sentences' text).
//
//   node scripts/graph-digest.mjs FILE [FILE2]   (two files: exit 1 unless all equal)
import { createHash } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';

function digestOf(file) {
  const db = new DatabaseSync(file, { readOnly: true });
  const nodes = Object.fromEntries(db.prepare('SELECT label, count(*) AS n FROM node GROUP BY label ORDER BY label').all().map((r) => [r.label, r.n]));
  const relationships = Object.fromEntries(db.prepare('SELECT type, count(*) AS n FROM edge GROUP BY type ORDER BY type').all().map((r) => [r.type, r.n]));
  const sentences = new Map(db.prepare('SELECT id, text FROM sentence').all().map((r) => [r.id, r.text]));
  const sentence = (value) => (typeof value === 'number' ? (sentences.get(value) ?? value) : value);
  const hash = (rows) => {
    const h = createHash('sha256');
    for (const r of rows) h.update(`${r}\n`);
    return h.digest('hex').slice(0, 32);
  };
  const people = db
    .prepare(
      "SELECT m.key AS mention, p.key AS person FROM edge e JOIN node m ON m.id = e.src JOIN node p ON p.id = e.dst WHERE e.type = 'REFERS_TO' ORDER BY m.key",
    )
    .all();
  const clusters = new Map();
  for (const r of people) clusters.set(r.person, [...(clusters.get(r.person) ?? []), r.mention]);
  const nodeRows = db.prepare('SELECT label, key, search, day, block, props FROM node ORDER BY label, key').all().map((r) => JSON.stringify(r));
  const edgeRows = db
    .prepare(
      'SELECT s.label AS sl, s.key AS sk, e.type, d.label AS dl, d.key AS dk, e.seen, e.ended, e.holder, e.props, e.articles, e.evidence ' +
        'FROM edge e JOIN node s ON s.id = e.src JOIN node d ON d.id = e.dst ORDER BY s.label, s.key, e.type, d.label, d.key',
    )
    .all()
    .map((r) => JSON.stringify({ ...r, evidence: JSON.parse(r.evidence).map(sentence) }));
  db.close();
  return {
    nodes,
    relationships,
    people: clusters.size,
    mentionsReferred: people.length,
    largestPerson: Math.max(0, ...[...clusters.values()].map((c) => c.length)),
    clustersDigest: hash([...clusters].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, ms]) => `${p}\t${ms.join('\t')}`)),
    nodesDigest: hash(nodeRows),
    relationshipsDigest: hash(edgeRows),
  };
}

const files = process.argv.slice(2);
if (files.length < 1 || files.length > 2) throw new Error('usage: node scripts/graph-digest.mjs FILE [FILE2]');
const digests = files.map(digestOf);
for (const [i, d] of digests.entries()) console.log(files[i], JSON.stringify(d));
if (digests.length === 2) {
  const same = JSON.stringify(digests[0]) === JSON.stringify(digests[1]);
  console.log(same ? 'same graph' : 'DIFFERENT graphs');
  process.exitCode = same ? 0 : 1;
}
