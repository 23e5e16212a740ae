// The pair relation resolution keeps per block (conflicts, reasons against one
// career), and the pieces a batch's resolution reuses instead of computing twice:
// a cluster's signature and a stored profile's JSON.
import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../src/graph/build.js';
import {
  clusterSignature,
  mentionNode,
  mentionOf,
  mentionsIn,
  personBatch,
  personEdges,
  profileText,
  resolveMentions,
} from '../../src/graph/identity/index.js';
import { PairMatrix } from '../../src/graph/identity/pairs.js';
import { CASES, recordsOf } from './cases.js';

describe('PairMatrix', () => {
  it('relates two indices both ways, and nothing else', () => {
    const m = new PairMatrix(5);
    m.add(1, 3);
    m.add(4, 0);
    const related = [];
    for (let i = 0; i < 5; i += 1) for (let j = 0; j < 5; j += 1) if (m.has(i, j)) related.push(`${i}:${j}`);
    expect(related).toEqual(['0:4', '1:3', '3:1', '4:0']);
  });

  it('holds every pair of a larger block, and only those', () => {
    const n = 67;
    const m = new PairMatrix(n);
    const want = new Set<string>();
    for (let i = 0; i < n; i += 1) {
      for (let j = i + 1; j < n; j += 1) {
        if ((i * 7 + j * 13) % 5 !== 0) continue;
        m.add(i, j);
        want.add(`${i}:${j}`).add(`${j}:${i}`);
      }
    }
    for (let i = 0; i < n; i += 1) for (let j = 0; j < n; j += 1) expect(m.has(i, j)).toBe(want.has(`${i}:${j}`));
  });

  it('answers no outside the block', () => {
    const m = new PairMatrix(2);
    m.add(0, 1);
    expect([m.has(-1, 0), m.has(0, 2), m.has(2, 0)]).toEqual([false, false, false]);
  });
});

function mentionsOfCases() {
  const builder = new GraphBuilder();
  for (const c of CASES) for (const r of recordsOf(c)) builder.add(r);
  return mentionsIn(builder.batch().nodes);
}

describe('what resolution reuses', () => {
  it('a stored profile written out again is the text it was read from', () => {
    for (const m of mentionsOfCases()) {
      const node = mentionNode(m);
      const read = mentionOf(node);
      expect(profileText(read.profile)).toBe(node.props.profile);
      expect(profileText(read.profile)).toBe(JSON.stringify(read.profile));
    }
  });

  it('personBatch with the signature given is personBatch computing it, and its edges are personEdges', () => {
    const { clusters } = resolveMentions(mentionsOfCases());
    expect(clusters.length).toBeGreaterThan(5);
    for (const c of clusters) {
      expect(personBatch(c, clusterSignature(c))).toEqual(personBatch(c));
      expect(personEdges(c)).toEqual(personBatch(c).edges);
    }
  });
});
