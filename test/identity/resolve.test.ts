// Resolution on the multi-article cases (cases.ts), in any order and batching, and
// the rules one by one: what links two mentions, what keeps them apart, what is doubtful.
import { describe, expect, it } from 'vitest';
import { buildGraph, GraphBuilder } from '../../src/graph/build.js';
import { mentionsIn, resolveBlock, resolveMentions, type Mention } from '../../src/graph/identity/index.js';
import type { GraphBatch } from '../../src/graph/model.js';
import { CASES, recordsOf, truthOf, type IdentityCase } from './cases.js';
import { refersToOf, score } from './score.js';

function expected(c: IdentityCase): string[][] {
  return c.people.map((group) => group.map((who) => `${c.name}/${who}`).sort()).sort((a, b) => (a.join() < b.join() ? -1 : 1));
}

function mentionsOf(c: IdentityCase): Mention[] {
  const builder = new GraphBuilder();
  for (const r of recordsOf(c)) builder.add(r);
  return mentionsIn(builder.batch().nodes);
}

function sameAs(batch: GraphBatch): Array<{ rule: string; reason: string }> {
  return batch.edges.flatMap((e) => (e.type === 'SAME_AS' ? [{ rule: e.props.rule, reason: e.props.reason }] : []));
}

describe('resolution on multi-article cases', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const records = recordsOf(c);
    const batch = buildGraph(records);
    const result = score(records, truthOf(c), refersToOf(batch.edges));
    expect(result.partition).toEqual(expected(c));
    expect(result.falseMerges).toBe(0);
  });

  it('gives the same people for any order of the mentions', () => {
    for (const c of CASES) {
      const mentions = mentionsOf(c);
      const forward = resolveMentions(mentions);
      expect(resolveMentions([...mentions].reverse())).toEqual(forward);
      const rotated = [...mentions.slice(1), ...mentions.slice(0, 1)];
      expect(resolveMentions(rotated)).toEqual(forward);
    }
  });

  it('explains every join of two articles with its rule and the facts it used', () => {
    const career = buildGraph(recordsOf(CASES[0]!));
    expect(sameAs(career).map((s) => s.rule).sort()).toEqual(['same-body', 'same-unit']);
    expect(sameAs(career).find((s) => s.rule === 'same-body')?.reason).toMatch(/posts in one body, Thành ủy Hà Nội: Ủy viên \(2016-04-10, .*\) and Phó Bí thư \(2022-01-05/);
    const commune = buildGraph(recordsOf(CASES.find((c) => c.name.startsWith('a commune chairman'))!));
    expect(sameAs(commune)).toEqual([expect.objectContaining({ rule: 'nested', reason: expect.stringMatching(/xã Ba Trại lies in huyện Ba Vì/) })]);
    const reform = buildGraph(recordsOf(CASES[1]!));
    expect(sameAs(reform)).toEqual([expect.objectContaining({ rule: 'reform' })]);
    expect(sameAs(reform)[0]?.reason).toMatch(/Bí thư, Huyện ủy Ba Vì .* Bí thư, Đảng ủy xã Cổ Đô/);
    const former = buildGraph(recordsOf(CASES.find((c) => c.name.startsWith('a former post'))!));
    expect(sameAs(former).map((s) => s.reason)).toContainEqual(expect.stringMatching(/Bí thư, Huyện ủy Mỹ Đức: held .* and named as former/));
  });

  it('lists a case that nothing decides as doubtful, and a user judgement settles it', () => {
    const c = CASES.find((x) => x.name.startsWith('namesakes in different provinces'))!;
    const mentions = mentionsOf(c);
    const [nghean, binhdinh, central] = mentions.sort((a, b) => (a.date! < b.date! ? -1 : 1));
    const open = resolveBlock(mentions);
    expect(open.clusters).toHaveLength(3);
    expect(open.doubts.map((d) => [d.a, d.b].sort())).toEqual(
      expect.arrayContaining([[nghean!.key, central!.key].sort(), [binhdinh!.key, central!.key].sort()]),
    );
    const judged = resolveBlock(mentions, [{ a: central!.key, b: nghean!.key, same: true }]);
    expect(judged.clusters).toHaveLength(2);
    expect(judged.clusters.find((x) => x.mentions.length === 2)?.links[0]?.rule).toBe('judgement');
    const apart = resolveBlock(mentionsOf(CASES[0]!), [{ a: mentionsOf(CASES[0]!)[0]!.key, b: mentionsOf(CASES[0]!)[1]!.key, same: false }]);
    expect(apart.clusters.length).toBeGreaterThan(1);
  });

  it('keys a person by their earliest mention', () => {
    const c = CASES[0]!;
    const clusters = resolveMentions(mentionsOf(c)).clusters;
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.key).toBe(`nguyễn văn hùng|${recordsOf(c)[0]!.article.id}`);
  });
});
