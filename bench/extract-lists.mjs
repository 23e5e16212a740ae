#!/usr/bin/env node
// Part of `npm run bench:extract`: the worst case of a long sentence. A 5 MB
// article that is one sentence listing names (some with titles), beside 5 MB of
// ordinary articles (the synthetic corpus of bench/corpus.mjs) extracted one
// by one in the same run. Extraction of a
// sentence must stay near-linear in its length: the list may take at most 3×
// the time per MB of the ordinary articles. Reads the built code in dist/.
//
//   node bench/extract-lists.mjs [--mb 5] [--seed 1]
import { generateCorpus, rng } from './corpus.mjs';

const TARGET_RATIO = 3;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`bench: ${name} expects a positive number`);
    process.exit(2);
  }
  return value;
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Lò', 'Hà', 'Lường'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quang', 'Xuân', 'Thu'];
const GIVEN = ['Hùng', 'Lan', 'Hoa', 'Tuấn', 'Dũng', 'Hải', 'Nam', 'Long', 'Phương', 'Hương', 'Cường', 'Sơn', 'Bình', 'Tâm'];
const TITLES = ['Bí thư Đảng ủy xã', 'Chủ tịch UBND xã', 'Phó Chủ tịch HĐND huyện', 'Trưởng Ban Tổ chức Huyện ủy'];

/** One sentence, `bytes` long: "Dự hội nghị có các đồng chí: A, B, C, Bí thư Đảng ủy xã, D, …". */
function nameList(bytes, seed) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const parts = ['Dự hội nghị có các đồng chí: '];
  let size = Buffer.byteLength(parts[0]);
  for (let i = 0; size < bytes; i++) {
    const name = `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const part = (i > 0 ? ', ' : '') + name + (i % 9 === 8 ? `, ${pick(TITLES)}` : '');
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return `Hội nghị tổng kết công tác năm\n\n${parts.join('')}.`;
}

async function ordinaryText(bytes, seed) {
  const corpus = await generateCorpus({ count: Math.ceil(bytes / 2500), seed });
  const texts = [];
  let size = 0;
  for (const article of corpus.articles) {
    if (size >= bytes) break;
    texts.push(article.bytes.toString('utf8'));
    size += article.bytes.length;
  }
  while (size < bytes) {
    // The corpus came out short: reuse its articles under other ids.
    const text = texts[texts.length % corpus.articles.length];
    texts.push(text);
    size += Buffer.byteLength(text);
  }
  return { texts, size };
}

function timed(work) {
  const started = performance.now();
  const result = work();
  return { seconds: (performance.now() - started) / 1000, result };
}

const targetMb = option('--mb', 5);
const seed = option('--seed', 1);
let extractArticle;
try {
  ({ extractArticle } = await import('../dist/extract/index.js'));
} catch (error) {
  console.error(`bench: cannot load dist/ (${error.message}); run 'npm run build' first`);
  process.exit(2);
}

const bytes = Math.round(targetMb * 1e6);
const ordinary = await ordinaryText(bytes, seed);
const list = nameList(bytes, seed);
const listBytes = Buffer.byteLength(list);

// Warm-up on small inputs so every phase runs optimised code.
ordinary.texts.slice(0, 200).forEach((t, i) => extractArticle(t, { id: `w${i}` }));
extractArticle(nameList(200_000, seed + 1), { id: 'warm' });

const separate = timed(() => ordinary.texts.reduce((n, t, i) => n + extractArticle(t, { id: `a${i}` }).people.length, 0));
const names = timed(() => extractArticle(list, { id: 'list' }).people.length);

const mb = (n) => (n / 1e6).toFixed(2);
const line = (label, size, t, people) =>
  console.log(`${label.padEnd(44)} ${mb(size).padStart(6)} MB  ${t.seconds.toFixed(2).padStart(7)} s  ${(size / 1e6 / t.seconds).toFixed(2).padStart(7)} MB/s  people ${people}`);
line(`ordinary text, ${ordinary.texts.length} articles`, ordinary.size, separate, separate.result);
line('one sentence listing names', listBytes, names, names.result);
// Per byte, so a list a little longer or shorter than the text is compared fairly.
const ratio = (names.seconds / listBytes) / (separate.seconds / ordinary.size);
console.log(`name list takes ${ratio.toFixed(2)}× the time per MB of ordinary articles; target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}`);
console.log(`BENCH extract-lists mb=${mb(listBytes)} list_s=${names.seconds.toFixed(2)} ordinary_s=${separate.seconds.toFixed(2)} ratio=${ratio.toFixed(2)}`);
