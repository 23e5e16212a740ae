import { describe, expect, it } from 'vitest';
import { roleEvidence, titleEvidence } from '../../src/graph/evidence.js';
import { buildGraph } from '../../src/graph/build.js';
import { ingest } from '../../src/ingest/ingest.js';
import { openEmbeddedStore } from '../../src/store/embedded/store.js';
import { article, person, position } from './records.js';

// Sentences written for the test.
const S = [
  'Đồng chí Trịnh Văn Lâm - TUV, Bí thư Huyện ủy chủ trì hội nghị.',
  'Phát biểu chỉ đạo, đồng chí Trịnh Văn Lâm đề nghị các cấp ủy tập trung.',
  'Đồng chí Trịnh Văn Lâm, Phó Bí thư TT Huyện ủy trình bày báo cáo.',
];

describe('evidence per fact', () => {
  it('keeps the sentences with the role cue', () => {
    expect(roleEvidence(S, 'chaired')).toEqual([S[0]]);
    expect(roleEvidence(S, 'directed')).toEqual([S[1]]);
    expect(roleEvidence(S, 'reported')).toEqual([S[2]]);
  });

  it('keeps the sentences with the title or its short form', () => {
    expect(titleEvidence(S, 'Ủy viên')).toEqual([S[0]]);
    expect(titleEvidence(S, 'Phó Bí thư Thường trực')).toEqual([S[2]]);
    expect(titleEvidence(S, 'Bí thư')).toEqual([S[0], S[2]]);
  });

  it('falls back to every sentence when none carries the cue', () => {
    expect(roleEvidence(S, 'concluded')).toEqual(S);
    expect(titleEvidence(S, 'Chủ tịch')).toEqual(S);
    expect(roleEvidence([], 'chaired')).toEqual([]);
  });

  it('matches whole words only ("dự" is not the start of "dựng")', () => {
    expect(roleEvidence(['Xây dựng nông thôn mới.', 'Về dự có đồng chí A.'], 'attended')).toEqual(['Về dự có đồng chí A.']);
  });
});

describe('titles from the caller are text, never patterns', () => {
  it('keeps the sentences that contain a title with pattern characters literally', () => {
    const sentences = ['Ông A, Bí thư ( tạm quyền ) Huyện ủy, dự họp.', 'Ông A phát biểu.'];
    expect(titleEvidence(sentences, 'Bí thư (')).toEqual([sentences[0]]);
    // Neither is in any sentence as written, so every sentence is kept (as a pattern, "bi thu.*" would pick the first).
    expect(titleEvidence(sentences, 'Bí thư [')).toEqual(sentences);
    expect(titleEvidence(sentences, 'Bí thư.*')).toEqual(sentences);
  });

  it('does not read "(a+)+b" as a pattern: "aaaab" is not it', () => {
    const sentences = ['Chức danh (a+)+b được nêu ở đây.', 'Một câu có aaaab trong đó.'];
    expect(titleEvidence(sentences, '(a+)+b')).toEqual([sentences[0]]);
  });
});

describe('buildGraph and ingest with such titles', () => {
  const record = article('regex-title', '2024-01-02', [
    person('Nguyễn Văn A', [position('Bí thư (', 'Huyện ủy Mỹ Đức'), position('(a+)+b', 'Huyện ủy Mỹ Đức')], [], [
      'Đồng chí Nguyễn Văn A, Bí thư ( Huyện ủy Mỹ Đức, dự họp.',
      `Đồng chí Nguyễn Văn A ${'a'.repeat(40)}c.`,
    ]),
  ]);

  it('buildGraph keeps each title as written', () => {
    const batch = buildGraph([record]);
    const titles = batch.nodes.filter((node) => node.label === 'Position').map((node) => node.props['title']);
    expect(titles.sort()).toEqual(['(a+)+b', 'Bí thư (']);
  });

  it('ingest writes them to a store', async () => {
    const store = openEmbeddedStore();
    const summary = await ingest([record], { store });
    expect(summary.articles).toBe(1);
    const holders = await store.officeHolders({ title: 'Bí thư (', organization: 'Huyện ủy Mỹ Đức' });
    expect(holders.edges.map((edge) => edge.node.person.name)).toEqual(['Nguyễn Văn A']);
    expect(holders.edges[0]?.node.evidence.map((e) => e.quote)).toEqual(['Đồng chí Nguyễn Văn A, Bí thư ( Huyện ủy Mỹ Đức, dự họp.']);
  });
});
