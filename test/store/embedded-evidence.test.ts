// A graph file keeps each evidence sentence once: a Mention's profile refers to its
// quotes by sentence id, and reads back exactly as written. A file of the previous
// format (quotes as strings in the profile) reads the same and is upgraded (at
// open); a file of an unknown format is refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { resolveBatch } from '../../src/graph/identity/batch.js';
import { mentionOf, profileText } from '../../src/graph/identity/mention.js';
import type { GraphNode, MentionNode } from '../../src/graph/model.js';
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import { loadGold } from '../graph/gold.js';
import { article, person, position } from '../graph/records.js';

const dir = mkdtempSync(join(tmpdir(), 'cadregraph-embedded-evidence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const quote = 'Đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy Thanh Trì, phát biểu tại hội nghị.';
const batch = buildGraph([...loadGold(), article('ev1', '2023-03-03', [person('Nguyễn Văn Bình', [position('Bí thư', 'Huyện ủy Thanh Trì')], [], [quote])])]);
const mentions = batch.nodes.filter((n) => n.label === 'Mention');
const sorted = (nodes: Iterable<GraphNode>) => [...nodes].map((n) => JSON.stringify(n)).sort();

async function fileWith(name: string): Promise<string> {
  const file = join(dir, name);
  const store = openEmbeddedStore({ file });
  await store.write(batch);
  await store.replacePeople([], resolveBatch(batch.nodes));
  await store.close();
  return file;
}

function mentionRows(file: string): { key: string; props: string }[] {
  const db = new DatabaseSync(file);
  try {
    return db.prepare("SELECT key, props FROM node WHERE label = 'Mention'").all() as { key: string; props: string }[];
  } finally {
    db.close();
  }
}

describe('embedded store: evidence sentences stored once', () => {
  it('keeps no quote in a Mention row, and reads every Mention back as written', async () => {
    expect(mentions.length).toBeGreaterThan(10);
    const file = await fileWith('refs.graph');
    const rows = mentionRows(file);
    expect(rows).toHaveLength(mentions.length);
    for (const row of rows) expect(row.props).not.toContain('Bí thư Huyện ủy Thanh Trì, phát biểu');
    expect(rows.some((r) => r.key.startsWith('nguyễn văn bình|'))).toBe(true);

    const store = openEmbeddedStore({ file, create: false });
    try {
      expect(sorted([...store.allNodes()].filter((n) => n.label === 'Mention'))).toEqual(sorted(mentions));
      const stored = await store.mentionsOf(['nguyễn văn bình']);
      expect(stored.map((s) => s.mention.profile.posts.flatMap((p) => p.evidence))).toEqual([['[ev1] ' + quote]]);
    } finally {
      await store.close();
    }
  });

  it('reads each mention back for resolution as mentionOf reads the node written: one parse, the same mention and profile text', async () => {
    const store = openEmbeddedStore({ file: await fileWith('resolution.graph'), create: false });
    try {
      const blocks = [...new Set(mentions.map((m) => (m as MentionNode).props.block))];
      const stored = await store.mentionsOf(blocks);
      expect(stored).toHaveLength(mentions.length);
      const written = new Map(mentions.map((m) => [m.key, m as MentionNode]));
      for (const { mention, person } of stored) {
        const node = written.get(mention.key)!;
        expect(mention).toEqual(mentionOf(node));
        expect(profileText(mention.profile)).toBe(node.props.profile);
        expect(person).not.toBeNull();
      }
    } finally {
      await store.close();
    }
  });

  it('reads a file of format 2 (quotes as strings) the same, and upgrades it to the current format', async () => {
    const file = await fileWith('format2.graph');
    const expected = openEmbeddedStore({ file, create: false });
    const nodes = sorted(expected.allNodes());
    const edges = [...expected.allEdges()].map((e) => JSON.stringify(e)).sort();
    await expected.close();

    const db = new DatabaseSync(file);
    const rewrite = db.prepare("UPDATE node SET props = ? WHERE label = 'Mention' AND key = ?");
    for (const m of mentions) rewrite.run(JSON.stringify(m.props), m.key);
    db.prepare("UPDATE meta SET value = 'cadregraph-graph 2' WHERE name = 'format'").run();
    db.close();
    expect(mentionRows(file).some((r) => r.props.includes('phát biểu tại hội nghị'))).toBe(true);

    const store = openEmbeddedStore({ file, create: false });
    try {
      expect(sorted(store.allNodes())).toEqual(nodes);
      expect([...store.allEdges()].map((e) => JSON.stringify(e)).sort()).toEqual(edges);
      await store.write(batch);
      expect(sorted(store.allNodes())).toEqual(nodes);
    } finally {
      await store.close();
    }
    const after = new DatabaseSync(file);
    expect(after.prepare("SELECT value FROM meta WHERE name = 'format'").get()).toEqual({ value: 'cadregraph-graph 4' });
    after.close();
  });

  it('refuses a file of an unknown format', async () => {
    const file = await fileWith('format1.graph');
    const db = new DatabaseSync(file);
    db.prepare("UPDATE meta SET value = 'cadregraph-graph 1' WHERE name = 'format'").run();
    db.close();
    expect(() => openEmbeddedStore({ file, create: false })).toThrow(/format cadregraph-graph 1, expected cadregraph-graph 4/);
  });
});
