import { describe, expect, it } from 'vitest';
import { roleEvidence, titleEvidence } from '../../src/graph/evidence.js';

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
