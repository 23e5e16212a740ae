// The examples of docs/api.md answer exactly as documented: each GraphQL
// block is sent to the server that `npm start` runs (the fixture articles,
// extracted into the in-memory graph) and its whole answer, and HTTP status,
// must equal the documented ones. A change to extraction, identity or the API
// that changes an answer fails here: update the example, after checking that
// the new answer is right.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../../src/api/server.js';
import { GraphBuilder } from '../../src/graph/build.js';
import { extractArticles } from '../../src/ingest/articles.js';
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import { serverOn } from './helpers.js';

const ROOT = join(import.meta.dirname, '../..');

interface Example {
  title: string;
  source: string;
  status: number;
  answer: unknown;
}

const DOC = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');

function examples(): Example[] {
  const text = DOC;
  const found: Example[] = [];
  const pattern = /### (.+)\n[\s\S]*?```graphql\n([\s\S]*?)```\s*\nAnswer(?: \(HTTP (\d+)\))?:\s*\n\s*```json\n([\s\S]*?)```/g;
  for (const match of text.matchAll(pattern)) {
    const [, title = '', source = '', status, answer = ''] = match;
    found.push({ title, source, status: status ? Number(status) : 200, answer: JSON.parse(answer) as unknown });
  }
  return found;
}

/** The graph `npm start` serves: every fixture article extracted, as `cadregraph serve` does with no PATH. */
async function fixtureServer(): Promise<ApiServer> {
  const builder = new GraphBuilder();
  for await (const article of extractArticles([join(ROOT, 'fixtures/articles')])) {
    if (!article.ok) throw new Error(`${article.path}: ${article.reason}`);
    builder.add(article.record, { key: article.key, path: article.path });
  }
  const store = openEmbeddedStore();
  await store.write(builder.withPeople());
  return serverOn(store);
}

let yoga: ApiServer;
beforeAll(async () => {
  yoga = await fixtureServer();
});

describe('docs/api.md', () => {
  const all = examples();

  it('has examples of every query kind', () => {
    // Every GraphQL block is an example with its answer: none is skipped by the pattern above.
    expect(all).toHaveLength(DOC.split('```graphql\n').length - 1);
    const sources = all.map((example) => example.source).join('\n');
    for (const field of ['people', 'person', 'organization', 'events', 'whoChaired', 'officeHolders', 'connection', 'article']) {
      expect(sources).toMatch(new RegExp(`\\b${field}\\(`));
    }
  });

  it.each(all.map((example) => [example.title, example] as const))('%s', async (_title, example) => {
    const response = await yoga.fetch('http://127.0.0.1:4000/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: example.source }),
    });
    expect({ status: response.status, answer: await response.json() }).toEqual({ status: example.status, answer: example.answer });
  });
});
