// The examples of docs/api.md's section on bodies of the same name and the 2025 reform
// (the code blocks marked `namesakes`) answer exactly what the page shows, on the graph
// of the test corpus they name; the page's other examples run on the fixtures (docs.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../../src/api/server.js';
import { buildGraph } from '../../src/graph/build.js';
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import { NAMESAKE_RECORDS } from '../store/namesakes.js';
import { query, serverOn } from './helpers.js';

const SECTION = '## Bodies of the same name, and the July 2025 reform';

function examples(): Array<{ source: string; answer: unknown }> {
  const text = readFileSync(join(import.meta.dirname, '../../docs/api.md'), 'utf8');
  const start = text.indexOf(SECTION);
  const section = text.slice(start, text.indexOf('\n## ', start + SECTION.length));
  const blocks = [...section.matchAll(/```(graphql|json) namesakes\n([\s\S]*?)```/g)].map(([, lang, body]) => ({ lang, body: body ?? '' }));
  const out: Array<{ source: string; answer: unknown }> = [];
  for (let i = 0; i + 1 < blocks.length; i += 2) {
    expect([blocks[i]?.lang, blocks[i + 1]?.lang]).toEqual(['graphql', 'json']);
    out.push({ source: blocks[i]!.body, answer: JSON.parse(blocks[i + 1]!.body) });
  }
  return out;
}

let yoga: ApiServer;
beforeAll(async () => {
  const store = openEmbeddedStore();
  await store.write(buildGraph(NAMESAKE_RECORDS));
  yoga = serverOn(store);
});

describe(`docs/api.md: ${SECTION.slice(3)}`, () => {
  const all = examples();

  it('has the two examples', () => expect(all).toHaveLength(2));

  it.each(all.map((e, i) => [i, e] as const))('example %i answers as documented', async (_i, example) => {
    const res = await query(yoga, example.source);
    expect({ data: res.data ?? null, ...(res.errors ? { errors: res.errors } : {}) }).toEqual(example.answer);
  });
});
