// The identity figures the issue asks for, measured on the five fixture articles
// (extracted; an official is one person per name there), the multi-article cases of
// cases.ts and the article texts of articles.test.ts: people split over several
// Person nodes, and Person nodes holding two people (false merges).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import type { ArticleRecord } from '../../src/extract/contract.js';
import { buildGraph } from '../../src/graph/build.js';
import { nameKey } from '../../src/vietnam/text.js';
import { ARTICLES } from './texts.js';
import { CASES, recordsOf, truthOf } from './cases.js';
import { refersToOf, score } from './score.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/articles');

function extracted(texts: ReadonlyArray<[string, string]>, set: string): { records: ArticleRecord[]; truth: string[][] } {
  const records = texts.map(([id, text]) => extractArticle(text, { id }));
  return { records, truth: records.map((r) => r.people.map((p) => `${set}/${nameKey(p.name)}`)) };
}

describe('identity figures', () => {
  it('has no false merge, and splits only the people the cases leave in doubt', () => {
    const fixtures = extracted(readdirSync(FIXTURES).sort().map((f) => [f.replace(/\.txt$/, ''), readFileSync(join(FIXTURES, f), 'utf8')]), 'fixtures');
    const texts = extracted(Object.entries(ARTICLES), 'texts');
    const records = [...fixtures.records, ...texts.records, ...CASES.flatMap(recordsOf)];
    const truth = [...fixtures.truth, ...texts.truth, ...CASES.flatMap(truthOf)];
    const result = score(records, truth, refersToOf(buildGraph(records).edges));
    const designed = CASES.flatMap((c) => c.people.flat().filter((who, i, all) => all.indexOf(who) !== i).map((who) => `${c.name}/${who}`));
    console.log(
      `identity figures: ${records.length} articles, ${result.people} people; ${result.split} split over several nodes ` +
        `(${designed.length} by design: the articles cannot tell); ${result.falseMerges} false merges`,
    );
    expect(result.falseMerges).toBe(0);
    expect(result.split).toBe(designed.length);
  });
});
