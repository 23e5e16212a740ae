import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { groupBatch } from '../../src/graph/rows.js';
import { loadGold } from './gold.js';

describe('groupBatch', () => {
  const batch = buildGraph(loadGold());
  const grouped = groupBatch(batch);

  it('keeps every node and relationship, once', () => {
    expect(grouped.nodes.reduce((n, g) => n + g.rows.length, 0)).toBe(batch.nodes.length);
    expect(grouped.edges.reduce((n, g) => n + g.rows.length, 0)).toBe(batch.edges.length);
  });

  it('groups relationships by type and end labels, one pair of labels per type', () => {
    const pairs = grouped.edges.filter((g) => g.type === 'PART_OF' || g.type === 'WITHIN').map((g) => `${g.type} ${g.fromLabel}→${g.toLabel}`);
    expect(pairs.sort()).toEqual(['PART_OF Organization→Organization', 'WITHIN Place→Place']);
  });

  it('drops null node properties', () => {
    const mdEvent = grouped.nodes.find((g) => g.label === 'Event')?.rows.find((r) => r.key.startsWith('huyện ủy mỹ đức'));
    expect(mdEvent?.props).not.toHaveProperty('term');
    expect(mdEvent?.props).toHaveProperty('ordinal', 19);
  });
});
