// The examples of docs/api.md still run: each GraphQL block is sent to the
// server (on the gold records, so extraction changes do not matter here) and
// must answer with the documented HTTP status, with errors exactly where the
// documented answer has them and the same fields answered. The documented
// answers themselves come from `npm start` on the fixture articles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../../src/api/server.js';
import { goldStore, query, serverOn } from './helpers.js';

interface Example {
  title: string;
  source: string;
  status: number;
  answer: { data?: Record<string, unknown> | null; errors?: unknown[] };
}

function examples(): Example[] {
  const text = readFileSync(join(import.meta.dirname, '../../docs/api.md'), 'utf8');
  const found: Example[] = [];
  const pattern = /### (.+)\n[\s\S]*?```graphql\n([\s\S]*?)```\s*\nAnswer(?: \(HTTP (\d+)\))?:\s*\n\s*```json\n([\s\S]*?)```/g;
  for (const match of text.matchAll(pattern)) {
    const [, title = '', source = '', status, answer = ''] = match;
    found.push({ title, source, status: status ? Number(status) : 200, answer: JSON.parse(answer) as Example['answer'] });
  }
  return found;
}

let yoga: ApiServer;
beforeAll(async () => {
  yoga = serverOn(await goldStore());
});

describe('docs/api.md', () => {
  const all = examples();

  it('has examples of every query kind', () => {
    const sources = all.map((example) => example.source).join('\n');
    for (const field of ['people', 'person', 'organization', 'events', 'whoChaired', 'officeHolders', 'connection', 'article']) {
      expect(sources).toMatch(new RegExp(`\\b${field}\\(`));
    }
  });

  it.each(all.map((example) => [example.title, example] as const))('%s', async (_title, example) => {
    const res = await query(yoga, example.source);
    expect(res.status).toBe(example.status);
    expect(Boolean(res.errors)).toBe(Boolean(example.answer.errors));
    expect(Object.keys(res.data ?? {})).toEqual(Object.keys(example.answer.data ?? {}));
    for (const [field, value] of Object.entries(example.answer.data ?? {})) {
      expect(res.data?.[field] === null, field).toBe(value === null);
    }
  });
});
