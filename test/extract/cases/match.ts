// Compares an ArticleRecord with a case's expectations and lists every expected
// fact that holds or fails. Names and organizations are compared after the same
// Unicode, tone-placement and abbreviation normalisation as the project's scorer
// (eval/score.mjs), so a case fails only where the eval would count an error;
// the written form of a name is checked separately against the contract (NFC,
// tone on the first vowel).
import type { ArticleRecord, PersonRecord } from '../../../src/extract/contract.js';
import type { ExpectedEvent, ExpectedOrg, ExpectedPerson, ExpectedRole, ExtractionCase } from './types.js';

export interface FactResult {
  fact: string;
  ok: boolean;
  detail?: string;
}

export interface CaseResult {
  facts: FactResult[];
  /** People, positions and roles in the output that the case does not expect. */
  extras: string[];
}

// Tone mark of a word-final oa, oe, uy moved to the first vowel (not after q).
export function toneFirst(s: string): string {
  return s
    .normalize('NFD')
    .replace(
      /([qQ]?)([oOuU])([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])(?![\p{L}\p{M}])/gu,
      (m: string, q: string, v1: string, v2: string, tone: string) => {
        const pair = (v1 + v2).toLowerCase();
        if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return m;
        if (pair === 'uy' && q) return m;
        return q + v1 + tone + v2;
      },
    )
    .normalize('NFC');
}

function base(s: string | null | undefined): string {
  return toneFirst(String(s ?? ''))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ABBR: Array<[RegExp, string]> = [
  [/ ubnd /g, ' ủy ban nhân dân '],
  [/ hđnd /g, ' hội đồng nhân dân '],
  [/ ubmttq /g, ' ủy ban mặt trận tổ quốc '],
  [/ mttq /g, ' mặt trận tổ quốc '],
  [/ ubkt /g, ' ủy ban kiểm tra '],
  [/ bch /g, ' ban chấp hành '],
  [/ btv /g, ' ban thường vụ '],
  [/ tp /g, ' thành phố '],
  [/ tw /g, ' trung ương '],
  [/ đbqh /g, ' đại biểu quốc hội '],
];
const LEVELS = ['thành phố', 'thị xã', 'thị trấn', 'huyện', 'quận', 'tỉnh', 'xã', 'phường'];

export function normOrg(s: string | null | undefined): string {
  let t = ' ' + base(s) + ' ';
  // Applied twice so that adjacent abbreviations ("ubnd tp") both expand.
  for (let i = 0; i < 2; i++) for (const [re, rep] of ABBR) t = t.replace(re, rep);
  t = t.replace(/ mặt trận tổ quốc việt nam /g, ' mặt trận tổ quốc ');
  t = t.replace(/ ban chấp hành đảng bộ (huyện|quận|tỉnh) /g, ' $1 ủy ');
  t = t.replace(/ ban chấp hành đảng bộ thành phố /g, ' thành ủy ');
  t = t.replace(/ ban chấp hành đảng bộ thị xã /g, ' thị ủy ');
  t = t.replace(/ (huyện|quận|thành|tỉnh|thị|đảng) ủy /g, ' $1_ủy ');
  for (const l of LEVELS) t = t.split(' ' + l + ' ').join(' ');
  return t.replace(/\s+/g, ' ').trim();
}

export function normTitle(s: string): string {
  const t = ' ' + base(s) + ' ';
  return t.replace(/ tt /g, ' thường trực ').replace(/ uv /g, ' ủy viên ').replace(/\s+/g, ' ').trim();
}

export function normName(s: string): string {
  return base(s);
}

function orgMatches(expected: ExpectedOrg, actual: string | null | undefined): boolean {
  const alts = Array.isArray(expected) ? expected : [expected];
  const a = normOrg(actual);
  return alts.some((o) => normOrg(o) === a);
}

function orgLabel(o: ExpectedOrg): string {
  return Array.isArray(o) ? o.join(' | ') : o;
}

function roleKey(r: ExpectedRole): { role: string; event: string | null } {
  return typeof r === 'string' ? { role: r, event: null } : { role: r.role, event: r.event };
}

function describePerson(p: PersonRecord): string {
  const pos = p.positions.map((x) => `${x.title} / ${x.organization}${x.former ? ' (nguyên)' : ''}`).join('; ');
  const roles = p.roles.map((r) => `${r.role}@${r.event}`).join(', ');
  return `${p.name} [${pos}] {${roles}}`;
}

function checkPerson(exp: ExpectedPerson, out: ArticleRecord, facts: FactResult[], extras: string[]): PersonRecord | null {
  const found = out.people.find((p) => normName(p.name) === normName(exp.name)) ?? null;
  facts.push({
    fact: `person ${exp.name}`,
    ok: found !== null,
    ...(found ? {} : { detail: `not found; people out: ${out.people.map((p) => p.name).join(', ') || '(none)'}` }),
  });
  if (found && found.name !== exp.name) {
    facts.push({ fact: `name form ${exp.name}`, ok: false, detail: `printed as "${found.name}" (${found.name.normalize('NFC') === found.name ? 'NFC' : 'not NFC'})` });
  } else if (found) {
    facts.push({ fact: `name form ${exp.name}`, ok: true });
  }
  const label = found ? describePerson(found) : '(absent)';
  if (exp.positions) {
    const used = new Set<number>();
    for (const ep of exp.positions) {
      const former = ep.former ?? false;
      const idx = found
        ? found.positions.findIndex((p, i) => !used.has(i) && normTitle(p.title) === normTitle(ep.title) && orgMatches(ep.organization, p.organization) && p.former === former)
        : -1;
      if (idx >= 0) used.add(idx);
      facts.push({
        fact: `${exp.name}: ${former ? 'nguyên ' : ''}${ep.title} / ${orgLabel(ep.organization)}`,
        ok: idx >= 0,
        ...(idx >= 0 ? {} : { detail: `got ${label}` }),
      });
    }
    found?.positions.forEach((p, i) => {
      if (!used.has(i)) extras.push(`${exp.name}: unexpected position ${p.title} / ${p.organization}${p.former ? ' (nguyên)' : ''}`);
    });
  }
  if (exp.roles) {
    const used = new Set<number>();
    for (const er of exp.roles) {
      const k = roleKey(er);
      const idx = found
        ? found.roles.findIndex((r, i) => !used.has(i) && r.role === k.role && (k.event === null || r.event === k.event))
        : -1;
      if (idx >= 0) used.add(idx);
      facts.push({
        fact: `${exp.name}: role ${k.role}${k.event ? '@' + k.event : ''}`,
        ok: idx >= 0,
        ...(idx >= 0 ? {} : { detail: `got ${label}` }),
      });
    }
    found?.roles.forEach((r, i) => {
      if (!used.has(i)) extras.push(`${exp.name}: unexpected role ${r.role}@${r.event}`);
    });
  }
  return found;
}

const EVENT_FIELDS = ['kind', 'name', 'organizer', 'ordinal', 'term', 'termYears', 'date', 'id'] as const;

function eventFieldEq(field: (typeof EVENT_FIELDS)[number], exp: ExpectedEvent, actual: ArticleRecord['events'][number]): boolean {
  if (field === 'organizer') return exp.organizer === null ? actual.organizer === null : orgMatches(exp.organizer ?? '', actual.organizer);
  return exp[field] === actual[field];
}

function checkEvent(exp: ExpectedEvent, out: ArticleRecord, facts: FactResult[]): void {
  const fields = EVENT_FIELDS.filter((f) => exp[f] !== undefined);
  // Pair the expected event with the output event agreeing on the most fields.
  let best: ArticleRecord['events'][number] | null = null;
  let bestScore = -1;
  for (const ev of out.events) {
    const score = fields.filter((f) => eventFieldEq(f, exp, ev)).length + (ev.kind === exp.kind ? 0.5 : 0);
    if (score > bestScore) {
      best = ev;
      bestScore = score;
    }
  }
  for (const f of fields) {
    const ok = best !== null && eventFieldEq(f, exp, best);
    facts.push({
      fact: `event ${exp.kind ?? '?'} ${f} = ${JSON.stringify(exp[f])}`,
      ok,
      ...(ok ? {} : { detail: best ? `got ${JSON.stringify(best[f])} in ${JSON.stringify(best)}` : 'no events in output' }),
    });
  }
}

export function checkCase(c: ExtractionCase, out: ArticleRecord): CaseResult {
  const facts: FactResult[] = [];
  const extras: string[] = [];
  const matched = new Set<PersonRecord>();
  for (const p of c.expect.people ?? []) {
    const found = checkPerson(p, out, facts, extras);
    if (found) matched.add(found);
  }
  for (const n of c.expect.notPeople ?? []) {
    const hit = out.people.find((p) => normName(p.name) === normName(n) || normName(p.name).includes(normName(n)));
    facts.push({ fact: `not a person: ${n}`, ok: !hit, ...(hit ? { detail: `output has person "${hit.name}"` } : {}) });
  }
  for (const e of c.expect.events ?? []) checkEvent(e, out, facts);
  const art = c.expect.article ?? {};
  for (const key of ['title', 'published', 'author'] as const) {
    if (art[key] === undefined) continue;
    const ok = out.article[key] === art[key];
    facts.push({ fact: `article.${key} = ${JSON.stringify(art[key])}`, ok, ...(ok ? {} : { detail: `got ${JSON.stringify(out.article[key])}` }) });
  }
  if (c.expect.exhaustive ?? true) {
    for (const p of out.people) if (!matched.has(p)) extras.push(`unexpected person ${describePerson(p)}`);
  }
  return { facts, extras };
}

export function formatFailures(c: ExtractionCase, r: CaseResult): string {
  const lines = [`case "${c.name}":`];
  for (const f of r.facts) if (!f.ok) lines.push(`  ✗ ${f.fact}${f.detail ? ' — ' + f.detail : ''}`);
  for (const x of r.extras) lines.push(`  + ${x}`);
  return lines.join('\n');
}
