// Captions for Neo4j Browser's canvas: what each label shows, and that a caption
// keeps every part some article gave, in any order of writes and batches.
import { describe, expect, it } from 'vitest';
import { buildGraph, GraphBuilder } from '../../src/graph/build.js';
import { eventCaption } from '../../src/graph/captions.js';
import { mergeCaption, mergeNodes, type GraphBatch, type GraphNode } from '../../src/graph/model.js';
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import type { EventRecord } from '../../src/extract/contract.js';
import { loadGold } from './gold.js';
import { article, conference, person, position } from './records.js';

const captionsOf = (batch: GraphBatch, label: GraphNode['label']): string[] =>
  batch.nodes.filter((n) => n.label === label).map((n) => n.props.caption);

function event(overrides: Partial<EventRecord>): EventRecord {
  return { id: 'e1', kind: 'meeting', name: '', organizer: null, ordinal: null, term: null, termYears: null, date: null, ...overrides };
}

describe('eventCaption', () => {
  it('gives the kind in short with its number, the body and the date', () => {
    expect(eventCaption(conference('Huyện ủy Thanh Trì', 5, '2021-04-02'))).toBe('HN lần 5 · Huyện ủy Thanh Trì · 2021-04-02');
    expect(
      eventCaption(event({ kind: 'session', name: 'Kỳ họp thứ 22 HĐND huyện Mỹ Đức khóa XIX', organizer: 'HĐND huyện Mỹ Đức', ordinal: 22, term: 'XIX', date: '2021-06-30' })),
    ).toBe('KH thứ 22 · HĐND huyện Mỹ Đức · 2021-06-30');
    expect(
      eventCaption(event({ kind: 'congress', name: 'Đại hội Đảng bộ quận Thanh Xuân lần thứ XXIV', organizer: 'Đảng bộ quận Thanh Xuân', ordinal: 24, term: 'XXIV' })),
    ).toBe('ĐH XXIV · Đảng bộ quận Thanh Xuân');
  });

  it('keeps a meeting its own words, without its body', () => {
    expect(
      eventCaption(event({ name: 'Lễ công bố quyết định UBND tỉnh Nam Định', organizer: 'UBND tỉnh Nam Định', date: '2024-01-15' })),
    ).toBe('Lễ công bố quyết định · UBND tỉnh Nam Định · 2024-01-15');
    expect(eventCaption(event({ name: 'Buổi làm việc' }))).toBe('Buổi làm việc');
    expect(eventCaption(event({ name: 'Phiên họp lần thứ 3 Ban Chỉ đạo', organizer: 'Ban Chỉ đạo', ordinal: 3 }))).toBe('Phiên họp lần 3 · Ban Chỉ đạo');
  });

  it('leaves out what the article does not give', () => {
    expect(eventCaption(event({ kind: 'conference', name: 'Hội nghị' }))).toBe('HN');
    expect(eventCaption(event({ kind: 'session', name: 'Kỳ họp', date: '2021-06-30' }))).toBe('KH · 2021-06-30');
  });
});

describe('captions in the graph', () => {
  const batch = buildGraph(loadGold());

  it('gives every node a caption, short where the name is long', () => {
    expect(batch.nodes.every((n) => n.props.caption.length > 0)).toBe(true);
    expect(captionsOf(batch, 'Event')).toContain('HN lần 5 · Huyện ủy Thanh Trì · 2021-04-02');
    for (const n of batch.nodes) {
      if (n.label === 'Person' || n.label === 'Organization' || n.label === 'Place') expect(n.props.caption).toBe(n.props.name);
      if (n.label === 'Position') expect(n.props.caption).toBe(n.props.title);
    }
  });

  it('keeps the date one article gave when another leaves it out, in either order, in one batch or two', async () => {
    const e = conference('Huyện ủy Thanh Trì', 6, '2021-07-01', 'XXIV');
    const dated = article('x', '2021-07-01', [person('Lê Tiến Nhật', [position('Bí thư', 'Huyện ủy Thanh Trì')], [['e1', 'chaired']])], [e]);
    const undated = article('y', '2021-07-09', [], [{ ...e, date: null }]);
    const full = 'HN lần 6 · Huyện ủy Thanh Trì · 2021-07-01';
    expect(captionsOf(buildGraph([dated, undated]), 'Event')).toEqual([full]);
    expect(captionsOf(buildGraph([undated, dated]), 'Event')).toEqual([full]);
    for (const order of [[dated, undated], [undated, dated]]) {
      const store = openEmbeddedStore();
      const builder = new GraphBuilder();
      for (const a of order) {
        builder.add(a);
        await store.write(builder.take());
      }
      const events = [...store.allNodes()].filter((n) => n.label === 'Event').map((n) => n.props.caption);
      expect(events).toEqual([full]);
      await store.close();
    }
  });

  it('keeps the number one article gave when the date is the key', () => {
    const numbered = event({ kind: 'conference', name: 'Hội nghị lần thứ 3 Huyện ủy Mỹ Đức', organizer: 'Huyện ủy Mỹ Đức', ordinal: 3, date: '2022-03-01' });
    const plain = { ...numbered, name: 'Hội nghị Huyện ủy Mỹ Đức', ordinal: null };
    for (const events of [[numbered, plain], [plain, numbered]]) {
      const batch = buildGraph(events.map((e, i) => article(`a${i}`, '2022-03-01', [], [e])));
      expect(captionsOf(batch, 'Event')).toEqual(['HN lần 3 · Huyện ủy Mỹ Đức · 2022-03-01']);
    }
  });
});

describe('mergeNodes and captions', () => {
  it('keeps the caption of a report when the other node, from a graph file written before captions, has none', () => {
    const [event] = buildGraph([article('x', '2021-07-01', [], [conference('Huyện ủy Thanh Trì', 6, '2021-07-01', 'XXIV')])]).nodes.filter((n) => n.label === 'Event');
    if (event === undefined) throw new Error('expected an event');
    const { caption, ...rest } = event.props;
    const older = { ...event, props: rest } as unknown as GraphNode;
    expect(mergeNodes(older, event).props.caption).toBe(caption);
    expect(mergeNodes(event, older).props.caption).toBe(caption);
  });
});

describe('mergeCaption', () => {
  it('keeps the fuller caption, of two as full the smaller, in either order', () => {
    expect(mergeCaption('HN lần 5 · X · 2021-04-02', 'HN lần 5 · X')).toBe('HN lần 5 · X · 2021-04-02');
    expect(mergeCaption('HN lần 5 · X', 'HN lần 5 · X · 2021-04-02')).toBe('HN lần 5 · X · 2021-04-02');
    expect(mergeCaption('HN lần 5 · X · d', 'HN · X · d')).toBe('HN lần 5 · X · d');
    expect(mergeCaption('HN lần 5 · X · 2021-04-02', 'HN lần 5 · X · 2021-05-01')).toBe('HN lần 5 · X · 2021-04-02');
    expect(mergeCaption('HN lần 5 · X · 2021-05-01', 'HN lần 5 · X · 2021-04-02')).toBe('HN lần 5 · X · 2021-04-02');
  });
});
