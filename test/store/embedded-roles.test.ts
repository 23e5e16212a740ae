// A person's roles page in the order of an index (the event's date and key, then the
// role), kept on each role relationship. A file of an earlier format, without those
// columns and that index, gets them when opened, and pages the same.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/ingest.js';
import { ROLE_LIST } from '../../src/store/embedded/database.js';
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import type { GraphStore } from '../../src/store/store.js';
import { loadGold } from '../graph/gold.js';
import { article, conference, person, position } from '../graph/records.js';

const dir = mkdtempSync(join(tmpdir(), 'cadregraph-embedded-roles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// One official at many meetings, some undated, written in an order unlike the dates'.
const meetings = [5, 2, 8, 1, 7, 3].map((ordinal, i) => ({
  ...conference('Huyện ủy Ba Vì', ordinal, `2021-0${ordinal}-1${i}`),
  id: `e${i}`,
  date: ordinal % 3 === 0 ? null : `2021-0${ordinal}-1${i}`,
}));
const records = [
  ...loadGold(),
  article('r1', '2021-09-30', [person('Đinh Văn Lực', [position('Bí thư', 'Huyện ủy Ba Vì')], meetings.map((m, i) => [m.id, i % 2 ? 'chaired' : 'spoke']))], meetings),
];

async function rolesOfEveryone(store: GraphStore): Promise<unknown[]> {
  const out = [];
  for (const { node } of (await store.people({ first: 1000 })).edges) {
    out.push(await store.rolesOf(node.id, { first: 1000 }), await store.rolesOf(node.id, { first: 2 }));
  }
  return out;
}

describe('embedded store: a person\'s roles in index order', () => {
  it('reads a page of roles from the index, without sorting', async () => {
    const file = join(dir, 'roles.graph');
    const store = openEmbeddedStore({ file });
    try {
      await ingest(records, { store });
      const db = new DatabaseSync(file, { readOnly: true });
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN SELECT dst, type FROM edge WHERE src = ? AND type IN (${ROLE_LIST}) ORDER BY seen DESC, holder LIMIT 10`)
        .all(1) as { detail: string }[];
      db.close();
      expect(plan.map((r) => r.detail)).toEqual([expect.stringContaining('USING COVERING INDEX edge_roles')]);
      const id = (await store.people({ search: 'Đinh Văn Lực' })).edges[0]?.node.id ?? '';
      const dates = (await store.rolesOf(id, { first: 10 })).edges.map((e) => e.node.event.date);
      expect(dates).toEqual(['2021-08-12', '2021-07-14', '2021-05-10', '2021-02-11', '2021-01-13', null]);
    } finally {
      await store.close();
    }
  });

  it('gives a file of format 3 its roles\' order when opened, once, and pages every person the same', async () => {
    const file = join(dir, 'format3.graph');
    const built = openEmbeddedStore({ file });
    await ingest(records, { store: built });
    const expected = await rolesOfEveryone(built);
    await built.close();

    const db = new DatabaseSync(file);
    db.exec(`DROP INDEX edge_roles; UPDATE edge SET seen = NULL, holder = NULL WHERE type IN (${ROLE_LIST})`);
    db.prepare("UPDATE meta SET value = 'cadregraph-graph 3' WHERE name = 'format'").run();
    db.close();

    const store = openEmbeddedStore({ file, create: false });
    try {
      expect(await rolesOfEveryone(store)).toEqual(expected);
    } finally {
      await store.close();
    }
    const after = new DatabaseSync(file);
    expect(after.prepare("SELECT value FROM meta WHERE name = 'format'").get()).toEqual({ value: 'cadregraph-graph 4' });
    expect(after.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'edge_roles'").get()).toEqual({ n: 1 });
    expect(after.prepare(`SELECT count(*) AS n FROM edge WHERE type IN (${ROLE_LIST}) AND holder IS NULL`).get()).toEqual({ n: 0 });
    after.close();
  });
});
