// Identity end to end, from article texts written for this test (made-up officials,
// real places): a short reference ("đồng chí Khải") belongs to the full name; two
// articles reporting one meeting give one event, and a later meeting of the same
// body another; an official followed from a district to the city is one person.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { buildGraph } from '../../src/graph/build.js';
import type { GraphBatch } from '../../src/graph/model.js';
import { ARTICLES } from './texts.js';

const graph = buildGraph(Object.entries(ARTICLES).map(([id, text]) => extractArticle(text, { id })));

function named(batch: GraphBatch, label: 'Person' | 'Event', name: string): string[] {
  return batch.nodes.filter((n) => n.label === label && n.props.name.includes(name)).map((n) => n.key);
}

function edgesFrom(batch: GraphBatch, key: string): string[] {
  return batch.edges.filter((e) => e.from.label === 'Person' && e.from.key === key && e.type !== 'HOLDS').map((e) => `${e.type} ${e.to.key}`).sort();
}

describe('identity from article texts', () => {
  it('gives a short reference to the full name it refers to, and makes no person of it', () => {
    const [khai] = named(graph, 'Person', 'Đinh Văn Khải');
    expect(named(graph, 'Person', 'Khải')).toEqual([khai]);
    const [twelfth] = graph.nodes.filter((n) => n.label === 'Event' && n.props.ordinal === 12).map((n) => n.key);
    expect(edgesFrom(graph, khai!)).toEqual(expect.arrayContaining([`CHAIRED ${twelfth}`, `CONCLUDED ${twelfth}`]));
  });

  it('makes one event of a meeting two articles report, and another of the next meeting', () => {
    const events = graph.nodes.filter((n) => n.label === 'Event');
    expect(events.map((e) => (e.label === 'Event' ? [e.props.organizer, e.props.ordinal] : [])).sort()).toEqual([
      ['Huyện ủy Mỹ Đức', 12],
      ['Huyện ủy Mỹ Đức', 13],
      ['UBND thành phố Hà Nội', null],
    ]);
    const twelfth = events.find((e) => e.label === 'Event' && e.props.ordinal === 12)!;
    expect(graph.edges.filter((e) => e.type === 'REPORTS' && e.to.key === twelfth.key).map((e) => e.from.key).sort()).toEqual(['a', 'b']);
    expect(graph.edges.filter((e) => e.type === 'CHAIRED' && e.to.key === twelfth.key)).toHaveLength(1);
  });

  it('follows one official from a district to the city, and one participant across two reports', () => {
    const [khai] = named(graph, 'Person', 'Đinh Văn Khải');
    const offices = graph.edges.filter((e) => e.type === 'HOLDS' && e.from.key === khai).map((e) => e.to.key).sort();
    expect(graph.edges.filter((e) => e.type === 'SAME_AS').map((e) => e.props.articles.join(' '))).toContain('a b');
    expect(offices).toEqual(['bí thư|huyện ủy mỹ đức|2004:282', 'phó chủ tịch|ubnd thành phố hà nội|2004:01', 'ủy viên|thành ủy hà nội|2004:01']);
    expect(graph.edges.filter((e) => e.type === 'REFERS_TO' && e.to.key === khai)).toHaveLength(4);
    const hanh = named(graph, 'Person', 'Tạ Thị Hạnh');
    expect(hanh).toHaveLength(1);
    expect(edgesFrom(graph, hanh[0]!)).toEqual(['ATTENDED huyện ủy mỹ đức|2004:282|conference|xxiv|12|2022', 'REPORTED huyện ủy mỹ đức|2004:282|conference|xxiv|12|2022']);
  });
});
