// The embedded store keeps the mentions of big blocks between resolution's reads
// (src/store/embedded/mention-cache.ts): an unchanged mention is the object read
// before, a mention whose stored text changed is read again, and what is kept stays
// within its bound.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { mentionOf, type Mention } from '../../src/graph/identity/mention.js';
import { resolveBatch } from '../../src/graph/identity/batch.js';
import type { MentionNode } from '../../src/graph/model.js';
import { MentionCache, type KeptMention } from '../../src/store/embedded/mention-cache.js';
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import { article, person, position } from '../graph/records.js';

const dir = mkdtempSync(join(tmpdir(), 'cadregraph-mention-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NAME = 'Nguyễn Văn Bình';
const BLOCK = 'nguyễn văn bình';
/** Twenty articles naming one official: a block big enough to be kept. */
const articles = Array.from({ length: 20 }, (_, i) => {
  const day = `2023-03-${String(i + 1).padStart(2, '0')}`;
  return article(`mc${i}`, day, [person(NAME, [position('Bí thư', 'Huyện ủy Thanh Trì')], [], [`Đồng chí ${NAME} phát biểu tại buổi làm việc ngày ${i + 1}.`])]);
});
const small = [article('other', '2023-04-01', [person('Trần Văn Nam', [position('Chủ tịch', 'UBND huyện Thanh Trì')], [], ['Đồng chí Trần Văn Nam chủ trì.'])])];
const batch = buildGraph([...articles, ...small]);
const written = new Map(batch.nodes.filter((n): n is MentionNode => n.label === 'Mention').map((n) => [n.key, n]));

async function storeWithMentions(name: string) {
  const file = join(dir, name);
  const store = openEmbeddedStore({ file });
  await store.write(batch);
  await store.replacePeople([], resolveBatch(batch.nodes));
  return { file, store };
}

describe('embedded store: mentions kept between reads', () => {
  it('gives an unchanged mention of a big block as the object read before, equal to the node written', async () => {
    const { store } = await storeWithMentions('same.graph');
    try {
      const first = await store.mentionsOf([BLOCK]);
      expect(first).toHaveLength(20);
      for (const { mention } of first) expect(mention).toEqual(mentionOf(written.get(mention.key)!));
      const second = await store.mentionsOf([BLOCK]);
      expect(second.map((s) => s.mention.key)).toEqual(first.map((s) => s.mention.key));
      second.forEach((s, i) => expect(s.mention).toBe(first[i]!.mention));
      // A small block is read afresh each time, equal all the same.
      const [a] = await store.mentionsOf(['trần văn nam']);
      const [b] = await store.mentionsOf(['trần văn nam']);
      expect(b!.mention).not.toBe(a!.mention);
      expect(b!.mention).toEqual(a!.mention);
    } finally {
      await store.close();
    }
  });

  it('reads again a mention whose stored text changed, and forgets everything when the file is emptied', async () => {
    const { file, store } = await storeWithMentions('changed.graph');
    try {
      const before = await store.mentionsOf([BLOCK]);
      const changed = before[3]!.mention.key;
      // Another connection rewrites one mention's date, as a later batch's write would.
      const db = new DatabaseSync(file);
      const row = db.prepare('SELECT props FROM node WHERE label = ? AND key = ?').get('Mention', changed) as { props: string };
      db.prepare('UPDATE node SET props = ? WHERE label = ? AND key = ?').run(JSON.stringify({ ...JSON.parse(row.props), date: '2024-01-01' }), 'Mention', changed);
      db.close();
      const after = await store.mentionsOf([BLOCK]);
      for (const [i, s] of after.entries()) {
        if (s.mention.key === changed) {
          expect(s.mention.date).toBe('2024-01-01');
          expect(s.mention).not.toBe(before[i]!.mention);
        } else expect(s.mention).toBe(before[i]!.mention);
      }
      await store.clear();
      expect(await store.mentionsOf([BLOCK])).toEqual([]);
      await store.write(batch);
      const again = await store.mentionsOf([BLOCK]);
      expect(again.map((s) => s.mention)).toEqual(before.map((s) => s.mention));
      again.forEach((s, i) => expect(s.mention).not.toBe(before[i]!.mention));
    } finally {
      await store.close();
    }
  });
});

describe('MentionCache', () => {
  const mentions = (block: string, n: number, textLength: number): Map<string, KeptMention> =>
    new Map(
      Array.from({ length: n }, (_, i) => {
        const key = `${block}|a${i}`;
        const mention = { key, block } as Mention;
        return [key, { text: 'x'.repeat(textLength), mention }];
      }),
    );

  it('keeps blocks of 16 mentions or more, within its bound, dropping the least recently read first', () => {
    const cache = new MentionCache(3 * 16 * 2 * 100);
    cache.set('small', mentions('small', 15, 100));
    expect(cache.get('small')).toBeUndefined();
    cache.set('a', mentions('a', 16, 100));
    cache.set('b', mentions('b', 16, 100));
    cache.set('c', mentions('c', 16, 100));
    expect(cache.size).toEqual({ bytes: 3 * 16 * 200, blocks: 3 });
    expect(cache.get('a')?.size).toBe(16);
    cache.set('d', mentions('d', 16, 100));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.size.bytes).toBeLessThanOrEqual(3 * 16 * 200);
    cache.set('huge', mentions('huge', 16, 1000));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size.blocks).toBe(3);
    cache.set('a', mentions('a', 20, 100));
    expect(cache.get('a')?.size).toBe(20);
    expect(cache.size.bytes).toBeLessThanOrEqual(3 * 16 * 200);
    cache.clear();
    expect(cache.size).toEqual({ bytes: 0, blocks: 0 });
  });
});
