// Held-out extraction cases: short articles written for these tests, from many
// provinces, each checked against the facts a careful annotator following
// docs/extraction-contract.md would write. One `it` per case so that every
// failing case is visible; the last test prints how many facts hold overall.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { ROLES } from '../../src/extract/contract.js';
import { allCases } from './cases/index.js';
import { checkCase, formatFailures, normName, toneFirst } from './cases/match.js';

function slug(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '_').slice(0, 40);
}

describe('held-out cases are well formed', () => {
  it('has enough varied cases, people and places', () => {
    const names = allCases.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(allCases.length).toBeGreaterThanOrEqual(45);
    const people = allCases.reduce((n, c) => n + (c.expect.people?.length ?? 0), 0);
    expect(people).toBeGreaterThanOrEqual(100);
    expect(allCases.filter((c) => c.place !== 'Hà Nội').length).toBeGreaterThanOrEqual(25);
  });

  it('expects only names that occur in the text, written as the contract prints them', () => {
    const problems: string[] = [];
    for (const c of allCases) {
      const text = normName(c.text);
      for (const p of c.expect.people ?? []) {
        if (!text.includes(normName(p.name))) problems.push(`${c.name}: ${p.name} not in text`);
        if (p.name !== toneFirst(p.name) || p.name !== p.name.normalize('NFC')) problems.push(`${c.name}: ${p.name} not in contract form`);
        for (const r of p.roles ?? []) {
          const role = typeof r === 'string' ? r : r.role;
          if (!(ROLES as readonly string[]).includes(role)) problems.push(`${c.name}: unknown role ${role}`);
        }
      }
      for (const n of c.expect.notPeople ?? []) if (!text.includes(normName(n))) problems.push(`${c.name}: notPeople ${n} not in text`);
    }
    expect(problems).toEqual([]);
  });
});

describe('extractArticle on held-out cases', () => {
  allCases.forEach((c, i) => {
    it(c.name, () => {
      const out = extractArticle(c.text, { id: `case_${String(i).padStart(3, '0')}_${slug(c.name)}` });
      const r = checkCase(c, out);
      const failed = r.facts.filter((f) => !f.ok).length + r.extras.length;
      expect(failed, formatFailures(c, r)).toBe(0);
    });
  });

  it('aggregate: facts holding across all cases', () => {
    let facts = 0;
    let ok = 0;
    let extras = 0;
    let casesPassing = 0;
    const byKind = new Map<string, [number, number]>();
    allCases.forEach((c, i) => {
      const out = extractArticle(c.text, { id: `case_${i}` });
      const r = checkCase(c, out);
      facts += r.facts.length;
      extras += r.extras.length;
      const good = r.facts.filter((f) => f.ok).length;
      ok += good;
      if (good === r.facts.length && r.extras.length === 0) casesPassing++;
      for (const f of r.facts) {
        const kind = f.fact.startsWith('person ') ? 'people' : f.fact.startsWith('name form') ? 'name form' : f.fact.includes(': role ') ? 'roles' : f.fact.startsWith('event ') ? 'event fields' : f.fact.startsWith('not a person') ? 'not people' : f.fact.startsWith('article.') ? 'article' : 'positions';
        const t = byKind.get(kind) ?? [0, 0];
        byKind.set(kind, [t[0] + (f.ok ? 1 : 0), t[1] + 1]);
      }
    });
    const detail = [...byKind].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ');
    console.log(`held-out cases: ${casesPassing}/${allCases.length} cases pass; facts ${ok}/${facts} (${((100 * ok) / Math.max(facts, 1)).toFixed(1)}%); ${detail}; unexpected extras ${extras}`);
    // The case list itself must carry a substantial number of checkable facts.
    expect(facts).toBeGreaterThanOrEqual(400);
    expect(ok).toBeLessThanOrEqual(facts);
  });
});
