// The rules' verdicts as one byte a pair (verdicts.ts), and the cache that keeps a
// block's verdicts from one resolution to the next: with it, resolution must give
// exactly what it gives without it, however the mentions arrive.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/graph/build.js';
import { LINK_RULES, mentionsIn, resolveMentions, VerdictCache, type Judgement, type Mention } from '../../src/graph/identity/index.js';
import { againstInCode, CONFLICT, ruleOfCode, verdictCode } from '../../src/graph/identity/verdicts.js';
import { CASES, recordsOf } from './cases.js';

/** The mentions of every case, article by article in the cases' order. */
function articlesOfCases(): Mention[][] {
  const out: Mention[][] = [];
  for (const c of CASES) {
    for (const r of recordsOf(c)) {
      const builder = new GraphBuilder();
      builder.add(r);
      out.push(mentionsIn(builder.batch().nodes));
    }
  }
  return out;
}

/** The blocks of these mentions, with the most mentions. */
function blockSizes(ms: readonly Mention[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const m of ms) sizes.set(m.block, (sizes.get(m.block) ?? 0) + 1);
  return sizes;
}

describe('verdict codes', () => {
  it('say a link rule (or none) and whether anything speaks against one career, distinct from a conflict and from "not known"', () => {
    const codes = new Set<number>();
    for (let rule = -1; rule < LINK_RULES.length; rule += 1) {
      for (const against of [false, true]) {
        const code = verdictCode(rule, against);
        expect([ruleOfCode(code), againstInCode(code)]).toEqual([rule, against]);
        expect(code).toBeGreaterThan(CONFLICT);
        expect(code).toBeLessThan(256);
        codes.add(code);
      }
    }
    expect(codes.size).toBe(2 * (LINK_RULES.length + 1));
    expect([ruleOfCode(CONFLICT), againstInCode(CONFLICT)]).toEqual([-1, false]);
  });
});

describe('VerdictCache', () => {
  const articles = articlesOfCases();
  const all = articles.flat();

  it('the cases hold blocks of several mentions, so the cache has pairs to keep', () => {
    expect(Math.max(...blockSizes(all).values())).toBeGreaterThanOrEqual(4);
  });

  it('gives the people and doubts of no cache after every article added, one cache for the whole run', () => {
    const verdicts = new VerdictCache({ minMentions: 2 });
    const judgements: Judgement[] = [];
    const seen: Mention[] = [];
    for (const [n, article] of articles.entries()) {
      seen.push(...article);
      // Resolve the blocks the article touched, from every mention of them so far, as ingestion does after a batch.
      const touched = new Set(article.map((m) => m.block));
      const mentions = seen.filter((m) => touched.has(m.block));
      expect(resolveMentions(mentions, judgements, verdicts), `after article ${n}`).toEqual(resolveMentions(mentions, judgements));
    }
    expect(verdicts.size).toBeGreaterThan(0);
    expect(verdicts.bytes).toBeGreaterThan(0);
  });

  it('gives the same answer in reverse order of arrival and with judgements laid over the kept verdicts', () => {
    const verdicts = new VerdictCache({ minMentions: 2 });
    const seen: Mention[] = [];
    const [block] = [...blockSizes(all)].sort((a, b) => b[1] - a[1])[0]!;
    const ms = all.filter((m) => m.block === block);
    const judgements: Judgement[] = [
      { a: ms[0]!.key, b: ms[1]!.key, same: false },
      { a: ms[1]!.key, b: ms[ms.length - 1]!.key, same: true },
    ];
    for (const article of [...articles].reverse()) {
      seen.push(...article);
      for (const given of [[], judgements]) expect(resolveMentions(seen, given, verdicts)).toEqual(resolveMentions(seen, given));
    }
  });

  it('keeps at most its bound of bytes, and answers the same when it drops blocks', () => {
    const verdicts = new VerdictCache({ minMentions: 2, maxBytes: 6 });
    const seen: Mention[] = [];
    for (const article of articles) {
      seen.push(...article);
      expect(resolveMentions(seen, [], verdicts)).toEqual(resolveMentions(seen));
      expect(verdicts.bytes).toBeLessThanOrEqual(6);
    }
    expect(verdicts.size).toBeGreaterThan(0);
  });

  it('uses what it kept until told the mention was written again, then decides anew', () => {
    const [block] = [...blockSizes(all)].sort((a, b) => b[1] - a[1])[0]!;
    const ms = all.filter((m) => m.block === block);
    const verdicts = new VerdictCache({ minMentions: 2 });
    const before = resolveMentions(ms, [], verdicts);
    expect(before.clusters.length).toBeLessThan(ms.length);
    // The same mention keys with nothing in common any more: each one alone, in an article of its own.
    const changed = ms.map((m, i) => ({ ...m, article: `other-${i}`, date: null, profile: { posts: [], roles: [], context: [], companions: [] } }));
    const fresh = resolveMentions(changed);
    expect(fresh.clusters.length).toBe(ms.length);
    // Kept verdicts still link them: the rules are asked again only for the reasons, which they no longer give.
    expect(() => resolveMentions(changed, [], verdicts)).toThrow(/but the rules give no link now/);
    verdicts.forget([{ key: changed[0]!.key, block }]);
    expect(verdicts.size).toBe(0);
    expect(resolveMentions(changed, [], verdicts)).toEqual(fresh);
  });

  it('does not keep blocks smaller than its minimum', () => {
    const verdicts = new VerdictCache({ minMentions: 1000 });
    expect(resolveMentions(all, [], verdicts)).toEqual(resolveMentions(all));
    expect([verdicts.size, verdicts.bytes]).toEqual([0, 0]);
  });
});
