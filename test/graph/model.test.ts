import { describe, expect, it } from 'vitest';
import {
  decodeEvidence,
  encodeEvidence,
  mergeAllEdges,
  mergeEdges,
  mergeHoldsProps,
  mergeNodes,
  nonNullProps,
  unionSorted,
  type EventNode,
  type GraphEdge,
  type HoldsProps,
} from '../../src/graph/model.js';

function holds(date: string | null, former: boolean, articles: string[]): HoldsProps {
  return {
    articles,
    evidence: articles.map((a) => encodeEvidence({ articleId: a, quote: `câu của ${a}` })),
    former,
    firstSeen: date,
    lastSeen: date,
    currentFrom: former ? null : date,
    currentTo: former ? null : date,
    formerFrom: former ? date : null,
  };
}

describe('merge rules', () => {
  const a = holds('2019-01-01', false, ['a']);
  const b = holds('2021-01-01', true, ['b']);
  const c = holds('2020-01-01', false, ['c']);

  it('takes the status of the latest report and widens the dates', () => {
    const m = mergeHoldsProps(mergeHoldsProps(a, b), c);
    expect(m.former).toBe(true);
    expect([m.firstSeen, m.lastSeen, m.currentFrom, m.currentTo, m.formerFrom]).toEqual([
      '2019-01-01',
      '2021-01-01',
      '2019-01-01',
      '2020-01-01',
      '2021-01-01',
    ]);
    expect(m.articles).toEqual(['a', 'b', 'c']);
    expect(m.evidence).toHaveLength(3);
  });

  it('is commutative, associative and idempotent', () => {
    const orders = [
      [a, b, c],
      [c, b, a],
      [b, a, c],
      [c, a, b],
    ];
    const results = orders.map(([x, y, z]) => mergeHoldsProps(mergeHoldsProps(x as HoldsProps, y as HoldsProps), z as HoldsProps));
    for (const r of results) expect(r).toEqual(results[0]);
    expect(mergeHoldsProps(a, a)).toEqual(a);
    expect(mergeHoldsProps(mergeHoldsProps(a, b), b)).toEqual(mergeHoldsProps(a, b));
  });

  it('lets former win a tie, and a dated report win over an undated one', () => {
    expect(mergeHoldsProps(holds('2020-01-01', false, ['x']), holds('2020-01-01', true, ['y'])).former).toBe(true);
    expect(mergeHoldsProps(holds(null, true, ['x']), holds('2020-01-01', false, ['y'])).former).toBe(false);
  });

  it('merges many relationships at once as merging them one by one does', () => {
    const ref = { label: 'Person' as const, key: 'p' };
    const to = { label: 'Position' as const, key: 'q' };
    const parts = [a, b, c, holds(null, false, ['a', 'd']), holds('2018-05-05', true, ['e']), a].map((props): GraphEdge => ({ type: 'HOLDS', from: ref, to, props }));
    for (const order of [parts, [...parts].reverse(), [parts[3]!, parts[0]!, parts[5]!, parts[1]!, parts[4]!, parts[2]!]]) {
      expect(mergeAllEdges(order)).toEqual(order.reduce(mergeEdges));
    }
    expect(mergeAllEdges([parts[1]!])).toEqual(parts[1]);
  });

  it('refuses to merge relationships of different types', () => {
    const ref = { label: 'Person' as const, key: 'p' };
    const to = { label: 'Position' as const, key: 'q' };
    expect(() =>
      mergeEdges({ type: 'HOLDS', from: ref, to, props: a }, { type: 'OF', from: ref, to, props: { articles: [], evidence: [] } }),
    ).toThrow(/HOLDS/);
  });

  it('keeps known node values when a later write has nulls', () => {
    const base: EventNode = {
      label: 'Event',
      key: 'k',
      props: { name: 'Hội nghị', caption: 'HN lần 5 · 2021-04-02', search: 'hoi nghi', kind: 'conference', date: '2021-04-02', ordinal: 5, term: null, termYears: null, organizer: null },
    };
    const later: EventNode = { ...base, props: { ...base.props, caption: 'HN lần 5', date: null, term: 'XXIV' } };
    expect(mergeNodes(base, later).props).toMatchObject({ date: '2021-04-02', caption: 'HN lần 5 · 2021-04-02', term: 'XXIV', ordinal: 5 });
    expect(nonNullProps(later.props)).not.toHaveProperty('date');
  });

  it('encodes evidence as readable strings and decodes them back', () => {
    const e = { articleId: '000_db5d', quote: 'Đồng chí [A] chủ trì] hội nghị.' };
    expect(encodeEvidence(e)).toBe('[000_db5d] Đồng chí [A] chủ trì] hội nghị.');
    expect(decodeEvidence(encodeEvidence(e))).toEqual(e);
  });
});

describe('unionSorted', () => {
  it('merges sorted lists without duplicates', () => {
    expect(unionSorted(['a', 'c', 'e'], ['b', 'c', 'f'])).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect(unionSorted([], ['a'])).toEqual(['a']);
    expect(unionSorted(['a', 'b'], ['b'])).toEqual(['a', 'b']);
    expect(unionSorted(['a', 'c'], ['b'])).toEqual(['a', 'b', 'c']);
    expect(unionSorted(['b'], ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
  });
});
