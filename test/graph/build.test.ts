import { describe, expect, it } from 'vitest';
import { buildGraph, GraphBuilder } from '../../src/graph/build.js';
import { decodeEvidence, edgeId, nodeId, type GraphBatch, type GraphEdge, type HoldsEdge } from '../../src/graph/model.js';
import { organizationOf } from '../../src/graph/organizations.js';
import { loadGold } from './gold.js';
import { article, conference, person, position } from './records.js';

const gold = loadGold();

/** A batch as sorted JSON, to compare batches regardless of order. */
function canonical(batch: GraphBatch): string {
  const nodes = [...batch.nodes].sort((a, b) => (nodeId(a) < nodeId(b) ? -1 : 1));
  const edges = [...batch.edges].sort((a, b) => (edgeId(a) < edgeId(b) ? -1 : 1));
  return JSON.stringify({ nodes, edges });
}

function edges(batch: GraphBatch, type: GraphEdge['type'], fromKey?: string): GraphEdge[] {
  return batch.edges.filter((e) => e.type === type && (fromKey === undefined || e.from.key === fromKey));
}

/** The key of the one Person node with this name. */
function personNamed(batch: GraphBatch, name: string): string {
  const found = batch.nodes.filter((n) => n.label === 'Person' && n.props.name === name);
  expect(found, name).toHaveLength(1);
  return found[0]?.key ?? '';
}

describe('buildGraph on the gold fixtures', () => {
  const batch = buildGraph(gold);

  it('makes one node per article, event and official', () => {
    const count = (label: string) => batch.nodes.filter((n) => n.label === label).length;
    expect([count('Article'), count('Event'), count('Person')]).toEqual([5, 5, 21]);
    // Ủy viên Thành ủy Hà Nội is one Position held by four district secretaries.
    expect(edges(batch, 'HOLDS').filter((e) => e.to.key === 'ủy viên|thành ủy hà nội|2004:01')).toHaveLength(4);
  });

  it('links articles to what they report and mention', () => {
    expect(edges(batch, 'REPORTS')).toHaveLength(5);
    expect(edges(batch, 'MENTIONS')).toHaveLength(21);
    expect(edges(batch, 'MENTIONS', '004_df67e29cad219ad4')).toHaveLength(5);
  });

  it('gives every fact its article', () => {
    const facts = batch.edges.filter((e) => !['OF', 'PART_OF', 'IN', 'WITHIN', 'SUCCEEDED_BY', 'MERGED_INTO', 'SAME_AS'].includes(e.type));
    expect(facts.every((e) => e.props.articles.length === 1)).toBe(true);
    const chaired = edges(batch, 'CHAIRED', personNamed(batch, 'Lê Tiến Nhật'));
    expect(chaired[0]?.props.articles).toEqual(['000_db5d0afe82f26a39']);
  });

  it('places bodies in the hierarchy and on the map', () => {
    const partOf = edges(batch, 'PART_OF').map((e) => `${e.from.key} → ${e.to.key}`);
    expect(partOf).toEqual(
      expect.arrayContaining([
        'ban thường vụ huyện ủy thanh trì|2004:020 → huyện ủy thanh trì|2004:020',
        'ban tổ chức huyện ủy thanh trì|2004:020 → huyện ủy thanh trì|2004:020',
        'huyện ủy thanh trì|2004:020 → đảng bộ huyện thanh trì|2004:020',
        'đảng bộ huyện thanh trì|2004:020 → đảng bộ thành phố hà nội|2004:01',
        'bộ chính trị → ban chấp hành trung ương đảng',
      ]),
    );
    expect(edges(batch, 'WITHIN').map((e) => `${e.from.key} → ${e.to.key}`)).toContain('2004:020 → 2004:01');
    const inPlace = edges(batch, 'IN').map((e) => `${e.from.key} → ${e.to.key}`);
    expect(inPlace).toEqual(expect.arrayContaining(['ubnd huyện thanh trì|2004:020 → 2004:020', 'thành ủy hà nội|2004:01 → 2004:01']));
    expect(edges(batch, 'IN', 'ban chấp hành trung ương đảng')).toEqual([]);
  });

  it('keeps former holdings former', () => {
    const nghi = edges(batch, 'HOLDS', personNamed(batch, 'Phạm Quang Nghị')) as HoldsEdge[];
    expect(nghi.map((e) => e.props.former)).toEqual([true, true]);
    expect(nghi[0]?.props.formerFrom).toBe('2020-07-31');
  });
});

describe('merging across articles', () => {
  const tam = (id: string, date: string, former: boolean) =>
    article(id, date, [person('Hoàng Minh Tâm', [position('Bí thư', 'Huyện ủy Thanh Trì', former)], [], [`Câu của ${id}.`])]);

  it('is idempotent: the same article twice gives the same batch as once', () => {
    expect(canonical(buildGraph([...gold, ...gold]))).toBe(canonical(buildGraph(gold)));
  });

  it('does not depend on the order of articles', () => {
    const records = [tam('t1', '2019-05-01', false), tam('t3', '2021-06-01', true), tam('t2', '2020-05-01', false), ...gold];
    expect(canonical(buildGraph([...records].reverse()))).toBe(canonical(buildGraph(records)));
  });

  it('tracks first and last seen and takes the status of the latest article', () => {
    const batch = buildGraph([tam('t3', '2021-06-01', true), tam('t1', '2019-05-01', false), tam('t2', '2020-05-01', false)]);
    const [holds] = edges(batch, 'HOLDS') as HoldsEdge[];
    expect(holds?.props).toMatchObject({
      former: true,
      firstSeen: '2019-05-01',
      lastSeen: '2021-06-01',
      currentFrom: '2019-05-01',
      currentTo: '2020-05-01',
      formerFrom: '2021-06-01',
      articles: ['t1', 't2', 't3'],
    });
    expect(holds?.props.evidence.map(decodeEvidence).map((e) => e.articleId)).toEqual(['t1', 't2', 't3']);
  });

  it('keeps a reappointment current when the latest article says so', () => {
    const batch = buildGraph([tam('t1', '2019-05-01', true), tam('t2', '2022-05-01', false)]);
    expect((edges(batch, 'HOLDS')[0] as HoldsEdge).props.former).toBe(false);
  });

  it('merges one meeting reported by two articles into one event', () => {
    const e = conference('Huyện ủy Thanh Trì', 6, '2021-07-01', 'XXIV');
    const batch = buildGraph([
      article('x', '2021-07-01', [person('Lê Tiến Nhật', [position('Bí thư', 'Huyện ủy Thanh Trì')], [['e1', 'chaired']])], [e]),
      article('y', '2021-07-02', [person('Lê Tiến Nhật', [position('Bí thư', 'Huyện ủy Thanh Trì')], [['e1', 'concluded']])], [{ ...e, date: null }]),
    ]);
    const events = batch.nodes.filter((n) => n.label === 'Event');
    expect(events).toHaveLength(1);
    expect(events[0]?.props).toMatchObject({ date: '2021-07-01' });
    expect(edges(batch, 'REPORTS').map((r) => r.from.key)).toEqual(['x', 'y']);
  });

  it('hands batches over with take() and starts afresh', () => {
    const builder = new GraphBuilder();
    builder.add(gold[0] ?? article('none', null, []));
    const first = builder.take();
    expect(first.nodes.length).toBeGreaterThan(0);
    expect(builder.batch()).toEqual({ nodes: [], edges: [] });
  });
});

describe('places settled by the article', () => {
  it('places a commune body in the district the article names', () => {
    const batch = buildGraph([
      article('c', '2024-01-01', [
        person('Trương Thị Mai', [position('Bí thư', 'Đảng ủy xã Xuân Thủy')]),
        person('Lý Văn Bình', [position('Bí thư', 'Huyện ủy Lệ Thủy')]),
      ]),
    ]);
    // Three communes of that name: alone, the name does not say which.
    expect(organizationOf({ name: 'Đảng ủy xã Xuân Thủy' }).place?.key.startsWith('?')).toBe(true);
    const commune = batch.edges.find((e) => e.type === 'IN' && e.from.key.startsWith('đảng ủy xã xuân thủy|'));
    expect(commune?.to.key).toMatch(/^2004:\d{5}$/);
  });
});
