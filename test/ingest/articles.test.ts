// The read-and-extract stream: every input gets its outcome in input order, bad
// ones with a clear reason; ids come from file names in NFC; standard input is
// read within the limit. The same stream on worker threads (from the build in
// dist/, which `npm test` makes) gives the same outcomes in the same order.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticles, extractArticlesAsJson, type ExtractArticlesOptions, type ExtractedArticle } from '../../src/ingest/articles.js';
import { articleKey } from '../../src/ingest/article-key.js';
import { articleId, countSources, readArticleFile } from '../../src/ingest/read-input.js';
import { ARTICLE, writeBadInputFolder } from '../cli/bad-inputs.js';

async function collect(paths: string[], options: ExtractArticlesOptions = {}): Promise<ExtractedArticle[]> {
  const out: ExtractedArticle[] = [];
  for await (const article of extractArticles(paths, options)) out.push(article);
  return out;
}

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'cadregraph-articles-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extractArticles', () => {
  it('gives every input of a mixed folder its outcome, in path order, and skips other extensions', async () => {
    const folder = join(dir, 'mixed');
    const expected = writeBadInputFolder(folder);
    const articles = await collect([folder]);
    expect(articles.map((a) => a.path)).toEqual(expected.map((e) => join(folder, e.name)));
    expect(await countSources([folder])).toBe(expected.length);
    articles.forEach((article, n) => {
      const want = expected[n];
      if (want?.id) {
        expect(article.ok, `${article.path}: ${article.ok ? '' : article.reason}`).toBe(true);
        expect(article.id).toBe(want.id);
        expect(article.ok && article.record.article.id).toBe(want.id);
        const read = readArticleFile(article.path, 1 << 20);
        expect(read.ok && read.text.includes('Ban Chấp hành Đảng bộ huyện')).toBe(true);
        // A record carries its graph key, the digest of the text read.
        expect(article.ok && article.key).toBe(read.ok && articleKey(read.text));
      } else {
        expect(article.ok).toBe(false);
        expect(!article.ok && article.reason).toMatch(want?.reason ?? /never/);
      }
    });
  });

  it('refuses a file over the limit, naming its size and the limit', async () => {
    const path = join(dir, 'small-limit.txt');
    writeFileSync(path, ARTICLE);
    const size = Buffer.byteLength(ARTICLE);
    const [article] = await collect([path], { maxBytes: 100 });
    expect(article).toMatchObject({ path, ok: false, reason: `file too large: ${size} bytes, over the limit of 100 bytes (--max-bytes 100)` });
  });

  it('reports a missing path and a folder without articles, and goes on', async () => {
    const empty = join(dir, 'no-articles');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.md'), 'not an article');
    const good = join(dir, 'good.txt');
    writeFileSync(good, ARTICLE);
    const articles = await collect([join(dir, 'missing.txt'), empty, good]);
    expect(articles.map((a) => (a.ok ? a.id : a.reason))).toEqual(['no such file or directory', 'no .txt files in this folder', 'good']);
  });

  it('reads - from the given stream as the article "stdin", within the limit', async () => {
    // Chunks cut inside a multi-byte character, as pipes deliver them.
    const bytes = Buffer.from(ARTICLE, 'utf8');
    const [ok] = await collect(['-'], { stdin: Readable.from([bytes.subarray(0, 1), bytes.subarray(1, 40), bytes.subarray(40)]) });
    expect(ok).toMatchObject({ path: '-', id: 'stdin', ok: true, bytes: bytes.length });
    const [big] = await collect(['-'], { maxBytes: 64, stdin: Readable.from([Buffer.from(ARTICLE)]) });
    expect(big).toMatchObject({ path: '-', id: 'stdin', ok: false, reason: 'file too large: more than 64 bytes, over the limit of 64 bytes (--max-bytes 64)' });
  });

  it('gives a file named in NFD (as macOS writes names) its id in NFC', async () => {
    const nfd = 'Hội nghị Huyện ủy Thanh Trì'.normalize('NFD');
    const path = join(dir, `${nfd}.txt`);
    writeFileSync(path, ARTICLE);
    expect(articleId(path)).toBe('Hội nghị Huyện ủy Thanh Trì'.normalize('NFC'));
    const [article] = await collect([path]);
    expect(article?.id).toBe('Hội nghị Huyện ủy Thanh Trì'.normalize('NFC'));
    expect(article?.ok && article.record.article.id).toBe('Hội nghị Huyện ủy Thanh Trì'.normalize('NFC'));
  });

  it("titles a saved page with its headline, not its breadcrumb or its last menu item", async () => {
    const headline = 'Hội nghị Ban Chấp hành Đảng bộ huyện Quế Võ lần thứ 8';
    const path = join(dir, 'saved-page.html');
    writeFileSync(path, `<!DOCTYPE html><html><head><title>${headline} | Báo Bắc Ninh</title></head><body>
      <nav><ul><li><a>Trang chủ</a></li><li><a>Chính trị</a></li><li><a>Xây dựng Đảng</a></li></ul></nav>
      <div class="breadcrumbs"><a>Trang chủ</a> &gt; <a>Xây dựng Đảng</a></div>
      <div class="post"><p class="time">Thứ Hai, 15/05/2023 08:00</p><h1>${headline}</h1>
      <p>Ngày 14/5, Ban Chấp hành Đảng bộ huyện Quế Võ tổ chức hội nghị lần thứ 8.</p>
      <p>Đồng chí Nguyễn Văn Sơn, Bí thư Huyện ủy chủ trì hội nghị.</p></div></body></html>`);
    const [article] = await collect([path]);
    expect(article?.ok && article.record.article.title).toBe(headline);
    expect(article?.ok && article.record.article.published).toBe('2023-05-15');
  });
});

describe('extractArticles on worker threads (built code)', () => {
  const built = resolve(import.meta.dirname, '../../dist/ingest/articles.js');

  it('gives the same outcomes, in the same order, as one thread, for records and JSON lines', async () => {
    const folder = join(dir, 'many');
    mkdirSync(folder);
    // Enough articles for several batches on each worker, with failures in between.
    for (let i = 0; i < 60; i++) {
      writeFileSync(join(folder, `a${String(i).padStart(3, '0')}.txt`), i % 7 === 3 ? '' : ARTICLE.replace('lần thứ 7', `lần thứ ${i + 1}`));
    }
    const { extractArticles: onBuilt, extractArticlesAsJson: jsonOnBuilt } = (await import(built)) as typeof import('../../src/ingest/articles.js');
    const one = await collect([folder]);
    const parallel: ExtractedArticle[] = [];
    for await (const article of onBuilt([folder], { jobs: 3 })) parallel.push(article);
    expect(parallel).toEqual(one);
    expect(one.filter((a) => !a.ok)).toHaveLength(9);

    const lines: string[] = [];
    for await (const article of jsonOnBuilt([folder], { jobs: 2 })) lines.push(article.ok ? article.json : article.reason);
    const single: string[] = [];
    for await (const article of extractArticlesAsJson([folder])) single.push(article.ok ? article.json : article.reason);
    expect(lines).toEqual(single);
    expect(JSON.parse(lines[0] ?? '{}')).toEqual(one[0]?.ok && one[0].record);
  });
});
