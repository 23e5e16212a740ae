// A synthetic corpus for benchmarks: thousands of distinct articles made by
// recombining the fixture articles' paragraphs, with the officials' names,
// the district, the province and the dates replaced. Deterministic for a seed.
// Places come from the gazetteer (dist/vietnam/gazetteer/index.js) when it is
// built, else from a small list below. Reused by other benches:
//
//   import { generateCorpus, writeCorpus } from './corpus.mjs';
//   const { articles, bytes } = await generateCorpus({ count: 10000, seed: 1 });
//   // articles: [{ id, bytes: Buffer (UTF-8) }]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Trương', 'Lương', 'Mai', 'Tạ', 'Hà', 'Cao', 'Đào', 'Đoàn',
  'Trịnh', 'Lâm', 'Phùng', 'Tô', 'Triệu', 'Quách', 'Lưu', 'Nông', 'Khuất', 'Kiều', 'Chu'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quang', 'Xuân', 'Thu', 'Hồng',
  'Anh', 'Công', 'Đình', 'Kim', 'Mạnh', 'Tiến', 'Việt', 'Bá', 'Trọng', 'Thế', 'Quốc', 'Hoài', 'Lan'];
const GIVEN = ['Hùng', 'Lan', 'Hoa', 'Tuấn', 'Dũng', 'Hải', 'Hà', 'Nam', 'Long', 'Phương', 'Hương',
  'Cường', 'Thắng', 'Trung', 'Sơn', 'Bình', 'Hòa', 'Thủy', 'Tâm', 'Quý', 'Nhật', 'Khoa', 'Linh',
  'Huy', 'Đạt', 'Thảo', 'Yến', 'Tú', 'Hiếu', 'Nghĩa', 'Thành', 'Vinh', 'Toàn', 'Hạnh', 'Khánh', 'Loan'];

// Used when the gazetteer module is not built: [district type, district, province].
const FALLBACK_PLACES = [
  ['huyện', 'Gia Lâm', 'Hà Nội'], ['huyện', 'Mê Linh', 'Hà Nội'], ['quận', 'Cầu Giấy', 'Hà Nội'],
  ['quận', 'Hoàng Mai', 'Hà Nội'], ['huyện', 'Thủy Nguyên', 'Hải Phòng'], ['quận', 'Hải Châu', 'Đà Nẵng'],
  ['huyện', 'Hòa Vang', 'Đà Nẵng'], ['huyện', 'Nghi Lộc', 'Nghệ An'], ['huyện', 'Tiên Du', 'Bắc Ninh'],
  ['quận', 'Ninh Kiều', 'Cần Thơ'], ['huyện', 'Krông Pắc', 'Đắk Lắk'], ['huyện', 'Quảng Xương', 'Thanh Hóa'],
];

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

/** [type, district, province] triples: from the gazetteer if built, else the fallback list. */
export async function loadPlaces() {
  try {
    const gazetteer = await import(join(ROOT, 'dist/vietnam/gazetteer/index.js'));
    const out = [];
    for (const province of gazetteer.provincesOf('2004')) {
      for (const district of gazetteer.childrenOf(province.id)) {
        if (district.type === 'quận' || district.type === 'huyện') out.push([district.type, district.name, province.name]);
      }
    }
    if (out.length > 0) return { source: 'gazetteer', places: out };
  } catch {
    // Not built yet: the fallback list keeps the bench usable.
  }
  return { source: 'fallback list', places: FALLBACK_PLACES };
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The other tone placement of a name (Hòa ↔ Hoà), as articles use both.
function otherTonePlacement(name) {
  return name.normalize('NFD')
    .replace(/([oOuU])([\u0300\u0301\u0309\u0303\u0323])([aAeEyY])/g, '$1$3$2')
    .replace(/([oOuU])([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])/g, '$1$3$2')
    .normalize('NFC');
}

// A fixture as a template: paragraphs with {P0}, {P1}... for the gold people,
// {A} for the byline, {D} for the district name, {T} for the province.
function loadTemplates() {
  const dir = join(ROOT, 'fixtures/articles');
  const templates = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    let text = readFileSync(join(dir, file), 'utf8').replace(/\r\n?/g, '\n');
    const gold = JSON.parse(readFileSync(join(ROOT, 'fixtures/gold', file.replace(/\.txt$/, '.json')), 'utf8'));
    const people = gold.people.map((p) => p.name).sort((a, b) => b.length - a.length);
    people.forEach((name, i) => {
      for (const form of new Set([name, otherTonePlacement(name), name.normalize('NFD')])) {
        text = text.replace(new RegExp(escapeRegExp(form), 'g'), `{P${i}}`);
      }
    });
    if (gold.article.author) text = text.replace(new RegExp(escapeRegExp(gold.article.author), 'g'), '{A}');
    const orgs = [...gold.events.map((e) => e.organizer ?? ''), ...gold.people.flatMap((p) => p.positions.map((x) => x.organization))];
    const match = orgs.map((o) => /^(?:(Huyện|Quận) ủy|(?:UBND|HĐND) (huyện|quận)) (.+)$/.exec(o)).find(Boolean);
    const district = match?.[3];
    const type = (match?.[1] ?? match?.[2] ?? 'huyện').toLowerCase();
    if (district) text = text.replace(new RegExp(escapeRegExp(district), 'gi'), '{D}');
    text = text.replace(/Hà Nội/g, '{T}');
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    templates.push({ file, paragraphs, people: people.length, type });
  }
  if (templates.length === 0) throw new Error(`no fixture articles in ${dir}`);
  return templates;
}

function personName(random) {
  return `${pick(random, SURNAMES)} ${pick(random, MIDDLE)} ${pick(random, GIVEN)}`;
}

function fill(text, names, author, place, date) {
  const [, district, province] = place;
  return text
    .replace(/\{P(\d+)\}/g, (_, i) => names[Number(i) % names.length])
    .replace(/\{A\}/g, author)
    .replace(/\{D\}/g, district)
    .replace(/\{T\}/g, province)
    // Dates move with the article, so published and event dates vary too.
    .replace(/\b(\d{1,2})\/(\d{1,2})\/(20\d\d)\b/g, () => date)
    .replace(/\bThành ủy\b/g, province === 'Hà Nội' || /^(?:Hải Phòng|Đà Nẵng|Cần Thơ|Hồ Chí Minh|Huế)$/.test(province) ? 'Thành ủy' : 'Tỉnh ủy');
}

function makeArticle(random, templates, placesByType) {
  const base = pick(random, templates);
  const donor = pick(random, templates);
  const names = Array.from({ length: Math.max(base.people, donor.people, 1) + 2 }, () => personName(random));
  // A district of the template's type, so "quận {D}" stays a quận.
  const place = pick(random, placesByType.get(base.type) ?? placesByType.get('*'));
  const date = `${1 + Math.floor(random() * 28)}/${1 + Math.floor(random() * 12)}/${2015 + Math.floor(random() * 11)}`;
  // The head (section, headline, date line) stays; body paragraphs are sampled
  // in order, and a paragraph from another fixture is sometimes spliced in.
  const head = base.paragraphs.slice(0, 2);
  const body = base.paragraphs.slice(2).filter(() => random() < 0.75);
  if (donor !== base && donor.paragraphs.length > 2 && random() < 0.6) {
    const extra = donor.paragraphs[2 + Math.floor(random() * (donor.paragraphs.length - 2))];
    body.splice(Math.floor(random() * (body.length + 1)), 0, extra);
  }
  const text = fill([...head, ...body].join('\n\n'), names, personName(random), place, date) + '\n';
  // Some articles arrive decomposed (NFD), as copied from some editors.
  return random() < 0.1 ? text.normalize('NFD') : text;
}

/**
 * Generates `count` distinct articles (no two with the same bytes).
 * @returns {Promise<{ articles: { id: string, bytes: Buffer }[], bytes: number, placeSource: string }>}
 */
export async function generateCorpus({ count = 10000, seed = 1 } = {}) {
  const templates = loadTemplates();
  const { source, places } = await loadPlaces();
  const byType = new Map([['*', places]]);
  for (const place of places) byType.set(place[0], [...(byType.get(place[0]) ?? []), place]);
  const random = rng(seed);
  const seen = new Set();
  const articles = [];
  let bytes = 0;
  while (articles.length < count) {
    const data = Buffer.from(makeArticle(random, templates, byType), 'utf8');
    const hash = createHash('sha1').update(data).digest('base64');
    if (seen.has(hash)) continue;
    seen.add(hash);
    articles.push({ id: `synthetic_${String(articles.length).padStart(6, '0')}`, bytes: data });
    bytes += data.length;
  }
  return { articles, bytes, placeSource: source };
}

/** Writes a corpus as DIR/<id>.txt, for benches that go through the CLI. */
export function writeCorpus(dir, articles) {
  mkdirSync(dir, { recursive: true });
  for (const { id, bytes } of articles) writeFileSync(join(dir, `${id}.txt`), bytes);
}
