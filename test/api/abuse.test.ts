// Hostile queries: each is refused with HTTP 400 and a message naming the
// limit, the work of refusing it is bounded by the size of the document (not
// by the size of what it expands to), and the server answers a normal query
// correctly right after. Times are printed for the record, never asserted.
import { Kind, parse, visit, type DocumentNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/api/schema.js';
import type { ApiServer } from '../../src/api/server.js';
import { measureOperation } from '../../src/api/plugins/measure.js';
import { DEFAULT_LIMITS } from '../../src/api/limits.js';
import { parseCaches } from '../../src/api/plugins/parse-cache.js';
import { at, goldStore, query, serverOn, type GraphQLResponse } from './helpers.js';

let yoga: ApiServer;

beforeAll(async () => {
  yoga = serverOn(await goldStore());
  // The first request of a server pays for loading and compiling its code: not part of any refusal time below.
  await query(yoga, '{ people(first: 1) { totalCount } }');
});

/** `levels` fragments, each spreading the previous one twice: 2^(levels-1) copies of `name` once expanded. */
function fragmentBomb(levels: number): string {
  const fragments = ['fragment F0 on Person { name }'];
  for (let i = 1; i < levels; i++) fragments.push(`fragment F${i} on Person { ...F${i - 1} ...F${i - 1} }`);
  return `{ people(first: 1) { edges { node { ...F${levels - 1} } } } }\n${fragments.join('\n')}`;
}

/** Fields, fragment spreads and inline fragments written in the document. */
function selectionsWritten(document: DocumentNode): number {
  let count = 0;
  const counted = () => {
    count++;
  };
  visit(document, { [Kind.FIELD]: counted, [Kind.FRAGMENT_SPREAD]: counted, [Kind.INLINE_FRAGMENT]: counted });
  return count;
}

async function timed(source: string): Promise<GraphQLResponse & { ms: number }> {
  const started = performance.now();
  const res = await query(yoga, source);
  return { ...res, ms: performance.now() - started };
}

/** The server still answers a real query with the right data. */
async function answersNormally(): Promise<void> {
  const res = await timed('{ people(search: "le tien nhat") { totalCount edges { node { name } } } }');
  expect(res.status).toBe(200);
  expect(res.errors).toBeUndefined();
  expect(at(res.data, 'people.edges.0.node.name')).toBe('Lê Tiến Nhật');
  process.stdout.write(`  simple query right after: ${res.ms.toFixed(1)} ms\n`);
}

describe('a fragment bomb', () => {
  it('of 39 levels (2 KB, 2^38 copies once expanded) is refused on its cost', async () => {
    const source = fragmentBomb(39);
    expect(source.length).toBeLessThan(2_000);
    const res = await timed(source);
    process.stdout.write(`  39-level fragment query refused in ${res.ms.toFixed(1)} ms\n`);
    expect(res.status).toBe(400);
    expect(res.data ?? null).toBeNull();
    // 1 (people) + 1 (edges) + 1 (node) × 2^38 names, each under a page of one.
    expect(res.errors).toEqual([
      expect.objectContaining({
        message: `query cost ${2 + 2 ** 38 + 1} exceeds the maximum of 20000; ask for smaller pages or fewer nested lists`,
        extensions: { code: 'LIMIT_EXCEEDED' },
      }),
    ]);
    await answersNormally();
  });

  it('is measured on the fragment graph: each selection written is looked at once', () => {
    const schema = buildSchema();
    for (const levels of [10, 39, 80]) {
      const document = parse(fragmentBomb(levels));
      const measure = measureOperation({ schema, document }, DEFAULT_LIMITS.defaultPageSize);
      expect(measure.cost).toBe(2 + 2 ** (levels - 1) + 1);
      expect(measure.visited).toBe(selectionsWritten(document));
      // 3 fields and a spread in the operation, one name, then two spreads per fragment.
      expect(measure.visited).toBe(4 + 1 + 2 * (levels - 1));
    }
  });

  it('as long as the token limit allows is refused too (an expanding check would never finish)', async () => {
    // 90 levels is about 990 tokens: 2^89 copies once expanded.
    const res = await timed(fragmentBomb(90));
    process.stdout.write(`  90-level fragment query refused in ${res.ms.toFixed(1)} ms\n`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/^query cost above \d+ exceeds the maximum of 20000;/);
    await answersNormally();
  });

  it('with wide pages in the fragments is refused on page size before anything runs', async () => {
    const res = await timed(`{ people { edges { node { ...A } } } }
      fragment A on Person { coParticipants(first: 1000) { edges { node { ...B ...B } } } }
      fragment B on Person { positions(first: 100) { totalCount } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toBe('Person.coParticipants: first must be an integer from 0 to 100, got 1000');
  });

  it('that spreads itself is refused, and the measure does not loop', async () => {
    const source = '{ people { edges { node { ...A } } } } fragment A on Person { ...B } fragment B on Person { name ...A }';
    const res = await timed(source);
    expect(res.status).toBe(400);
    expect(res.errors?.map((error) => error.message)).toContain('Cannot spread fragment "A" within itself via "B".');
    const measure = measureOperation({ schema: buildSchema(), document: parse(source) }, DEFAULT_LIMITS.defaultPageSize);
    expect(measure.cycle).toBe('A');
    await answersNormally();
  });
});

describe('aliases', () => {
  it('100,000 aliases of __typename (1.9 MB) are refused before parsing, at the body size limit', async () => {
    const source = `{ ${Array.from({ length: 100_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const res = await timed(source);
    process.stdout.write(`  100,000-alias query (${(source.length / 1e6).toFixed(1)} MB) refused in ${res.ms.toFixed(1)} ms\n`);
    expect(res.status).toBe(413);
    expect(res.errors).toEqual([expect.objectContaining({ message: 'Request body too large' })]);
    await answersNormally();
  });

  it('10,000 aliases of __typename (190 KB) are refused while parsing, at the token limit', async () => {
    const source = `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const res = await timed(source);
    process.stdout.write(`  10,000-alias query (${(source.length / 1e3).toFixed(0)} KB) refused in ${res.ms.toFixed(1)} ms\n`);
    expect(res.status).toBe(400);
    expect(res.errors).toEqual([
      expect.objectContaining({ message: 'Token limit of 1000 exceeded.', extensions: { code: 'LIMIT_EXCEEDED' } }),
    ]);
    expect(res.raw.length).toBeLessThan(500);
    await answersNormally();
  });

  it('more aliases than the limit are refused, __typename included, fragments counted each time they are spread', async () => {
    const res = await timed(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({ message: 'Aliases limit of 30 exceeded, found 31.', extensions: { code: 'LIMIT_EXCEEDED' } });
    const spread = await timed(`{ people { edges { node { ...T ...U } } } }
      fragment T on Person { ...U ...U } fragment U on Person { ${Array.from({ length: 11 }, (_, i) => `n${i}: name`).join(' ')} }`);
    expect(spread.errors?.[0]?.message).toBe('Aliases limit of 30 exceeded, found 33.');
  });

  it('up to the limit are answered', async () => {
    const res = await timed(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: people(first: 1) { totalCount }`).join(' ')} }`);
    expect(res.status).toBe(200);
    expect(at(res.data, 'a29.totalCount')).toBe(21);
  });
});

describe('nesting and directives', () => {
  it('a 2,000-level nested query is refused with 400 at the token limit, not a crash', async () => {
    const res = await timed(`{ ${'people { edges { node { '.repeat(667)}name${' } } }'.repeat(667)} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({ message: 'Token limit of 1000 exceeded.', extensions: { code: 'LIMIT_EXCEEDED' } });
  });

  it('the deepest nesting the token limit allows is refused on depth, not a crash', async () => {
    // Each level is three tokens (`people`, `{`, `}`), plus the outer braces and the leaf.
    const levels = Math.floor((DEFAULT_LIMITS.maxTokens - 3) / 3);
    const res = await timed(`{ ${'people { '.repeat(levels)}totalCount${' }'.repeat(levels)} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.map((error) => error.message)).toContain(`Query depth limit of 12 exceeded, found ${levels + 1}.`);
    await answersNormally();
  });

  it('more directives than the limit are refused', async () => {
    const res = await timed(`{ people { totalCount ${'@include(if: true) '.repeat(21)} } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.map((error) => error.message)).toContain('Directives limit of 20 exceeded, found 21.');
  });
});

describe('the parse caches', () => {
  it('keep a bounded length of query text, however many distinct large queries come', () => {
    const { documentCache, errorCache } = parseCaches();
    const document = parse('{ __typename }');
    for (let i = 0; i < 50; i++) {
      const text = `{ __typename } # ${i} ${'x'.repeat(1_000_000)}`;
      documentCache?.set(text, document);
      errorCache?.set(text, new Error('refused'));
    }
    const kept = (cache: unknown) => (cache as { calculatedSize: number; size: number });
    expect(kept(documentCache).calculatedSize).toBeLessThanOrEqual(8_000_000);
    expect(kept(documentCache).size).toBeLessThanOrEqual(8);
    expect(kept(errorCache).calculatedSize).toBeLessThanOrEqual(2_000_000);
    expect(kept(errorCache).size).toBeGreaterThan(0);
  });
});
