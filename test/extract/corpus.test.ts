// The real corpus: all 35,440 articles of baomoi-2017.tgz (2017 news of every
// topic, text nobody on the project wrote) through the built CLI. Fails on a
// crash or an error line, on a person named as a country, a province, a year of
// the sexagenary calendar or a piece of a place name, and on an article whose
// body segmentation dropped. Nothing of the corpus is kept in the project: the
// archive is unpacked into a temporary folder for the run.
//
// The archive is looked for at $CADREGRAPH_CORPUS, then ../shared/corpus/ beside
// the repository, then /work/shared/corpus/. Without it the test is skipped,
// except under CI, where its absence fails the run.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/extract/contract.js';
import { childrenOf, provincesOf, type Unit } from '../../src/vietnam/gazetteer/index.js';
import { normalizeArticle } from '../../src/extract/normalize.js';
import { segment } from '../../src/extract/segment.js';
import { FOREIGN_PLACES, LUNAR_YEARS, isPlaceFragment, key, placeIndex } from './not-people.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = join(ROOT, 'dist/cli/main.js');
const ARCHIVE_NAME = 'baomoi-2017.tgz';
const EXPECTED_ARTICLES = 35_440;
const RUN_TIMEOUT_MS = 15 * 60_000;
const CHECK_TIMEOUT_MS = 3 * 60_000;

function findArchive(): string | null {
  const candidates = [process.env.CADREGRAPH_CORPUS, join(ROOT, '..', 'shared', 'corpus', ARCHIVE_NAME), join('/work/shared/corpus', ARCHIVE_NAME)];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!)) ?? null;
}

const archive = findArchive();

/** Provinces and centrally run cities before and since the 2025 reform. */
function allProvinces(): Unit[] {
  return [...new Map([...provincesOf('2004'), ...provincesOf('2025')].map((p) => [p.id, p])).values()];
}
const underCi = process.env.CI === 'true';

describe('real corpus is available', () => {
  it.runIf(underCi)(`finds ${ARCHIVE_NAME} under CI`, () => {
    expect(archive, `${ARCHIVE_NAME} not found: set CADREGRAPH_CORPUS or put it in ../shared/corpus/`).not.toBeNull();
  });
});

describe.runIf(archive !== null)(`real corpus: every article of ${ARCHIVE_NAME}`, () => {
  let work: string;
  let folder: string;
  let files: string[];
  let records: ArticleRecord[];
  let status: number | null;
  let stderr: string;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('dist/ is not built: run `npx tsc -p tsconfig.build.json` (npm test does it)');
    work = mkdtempSync(join(tmpdir(), 'cadregraph-corpus-'));
    const untar = spawnSync('tar', ['-xzf', archive!, '-C', work], { encoding: 'utf8' });
    if (untar.status !== 0) throw new Error(`cannot unpack ${archive}: ${untar.stderr || untar.error?.message}`);
    folder = join(work, 'data');
    files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
    const outPath = join(work, 'out.jsonl');
    const out = openSync(outPath, 'w');
    const child = spawn(process.execPath, [MAIN, 'extract', '--quiet', folder], { stdio: ['ignore', out, 'pipe'] });
    let errors = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    closeSync(out);
    stderr = errors;
    records = readFileSync(outPath, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as ArticleRecord);
  }, RUN_TIMEOUT_MS);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const text = (id: string): string => normalizeArticle(readFileSync(join(folder, `${id}.txt`), 'utf8'));

  it('extracts every article with no crash and no error line', () => {
    expect(files).toHaveLength(EXPECTED_ARTICLES);
    expect(stderr.split('\n').filter((l) => l.length > 0)).toEqual([]);
    expect(status).toBe(0);
    expect(records.map((r) => r.article.id)).toEqual(files.map((f) => f.replace(/\.txt$/, '')));
  });

  it('names no country, province or year of the sexagenary calendar as a person', () => {
    const provinces = allProvinces().map((p) => p.name);
    const never = new Set([...FOREIGN_PLACES, ...provinces, 'Thừa Thiên Huế', 'Hồ Chí Minh'].map((n) => n.toLowerCase()));
    const wrong: string[] = [];
    for (const r of records) {
      for (const p of r.people) {
        if (never.has(p.name.toLowerCase()) || LUNAR_YEARS.has(p.name)) wrong.push(`${r.article.id}: ${p.name}`);
      }
    }
    expect(wrong).toEqual([]);
  }, CHECK_TIMEOUT_MS);

  it('names no piece of a place name as a person', () => {
    const large: string[] = [...FOREIGN_PLACES];
    const small: string[] = [];
    // Both editions: units before and since the 2025 reform.
    const walk = (unit: Unit): void => {
      (unit.level === 'commune' ? small : large).push(unit.name);
      for (const child of childrenOf(unit.id)) walk(child);
    };
    for (const province of allProvinces()) walk(province);
    const index = placeIndex(large, small);
    const wrong: string[] = [];
    for (const r of records) {
      if (r.people.length === 0) continue;
      const lower = key(text(r.article.id));
      for (const p of r.people) if (isPlaceFragment(p.name, lower, index)) wrong.push(`${r.article.id}: ${p.name}`);
    }
    expect(wrong).toEqual([]);
  }, CHECK_TIMEOUT_MS);

  it('keeps every article body through segmentation', () => {
    // The body is everything under the headline line; an article whose segmentation kept
    // less than a quarter of it lost its body to a footer or caption rule.
    const dropped: string[] = [];
    for (const file of files) {
      const article = text(file.replace(/\.txt$/, ''));
      const newline = article.indexOf('\n');
      const body = newline < 0 ? '' : article.slice(newline + 1).trim();
      if (body.length < 200) continue;
      const parts = segment(article);
      const kept = parts.sentences.slice(parts.headline ? 1 : 0).reduce((n, s) => n + s.length, 0);
      if (kept < body.length / 4) dropped.push(`${file}: kept ${kept} of ${body.length} characters`);
    }
    expect(dropped).toEqual([]);
  }, CHECK_TIMEOUT_MS);
});
