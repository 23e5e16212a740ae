// Article records for bench:api: the gold records recombined with other people,
// districts, provinces and dates, so every article is distinct and officials recur
// across articles as they do in the press. Two kinds of load the API must carry
// are built in: the officials named in the most articles have hundreds of roles,
// and half the articles name a National Assembly deputy among the attendees, so
// one office (Đại biểu, Quốc hội) has thousands of holders.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlaces, rng } from './corpus.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô',
  'Dương', 'Lý', 'Đinh', 'Trương', 'Lương', 'Mai', 'Đào', 'Đoàn', 'Trịnh', 'Lâm', 'Phùng', 'Tô', 'Lưu', 'Kiều', 'Chu'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quang', 'Xuân', 'Thu', 'Hồng', 'Anh', 'Công',
  'Đình', 'Kim', 'Mạnh', 'Tiến', 'Việt', 'Bá', 'Trọng', 'Thế', 'Quốc'];
const GIVEN = ['Hùng', 'Lan', 'Hoa', 'Tuấn', 'Dũng', 'Hải', 'Hà', 'Nam', 'Long', 'Phương', 'Hương', 'Cường', 'Thắng',
  'Trung', 'Sơn', 'Bình', 'Hòa', 'Thủy', 'Tâm', 'Quý', 'Nhật', 'Khoa', 'Linh', 'Huy', 'Đạt', 'Thảo', 'Yến', 'Tú',
  'Hiếu', 'Nghĩa', 'Thành', 'Vinh', 'Toàn', 'Hạnh', 'Khánh', 'Loan'];

/** The share of articles that name a National Assembly deputy. */
const DEPUTY_SHARE = 0.5;

const CITIES = new Set(['Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Hồ Chí Minh', 'Huế']);

const seedOf = (text) => createHash('sha1').update(text).digest().readUInt32LE(0);
const pick = (random, list) => list[Math.floor(random() * list.length)];

/** The same office in the same place and term gets the same name, so people recur across articles. */
function holderName(key) {
  const random = rng(seedOf(key));
  return `${pick(random, SURNAMES)} ${pick(random, MIDDLE)} ${pick(random, GIVEN)}`;
}

function loadGold() {
  const dir = join(ROOT, 'fixtures/gold');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const record = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    // Gold files may list accepted alternatives for an organization; the first is the contract's.
    for (const person of record.people) {
      for (const position of person.positions) {
        if (Array.isArray(position.organization)) position.organization = position.organization[0];
      }
    }
    const orgs = [...record.events.map((e) => e.organizer ?? ''), ...record.people.flatMap((p) => p.positions.map((x) => x.organization))];
    const match = orgs.map((o) => /^(?:(Huyện|Quận) ủy|(?:UBND|HĐND|Đảng bộ) (huyện|quận)) (.+)$/.exec(o)).find(Boolean);
    return { record, type: (match[1] ?? match[2]).toLowerCase(), district: match[3] };
  });
}

/** Moves a gold organization name to another district and province. */
function relocate(name, from, to) {
  const cap = (word) => word[0].toUpperCase() + word.slice(1);
  let out = name
    .replaceAll(`${cap(from.type)} ủy ${from.district}`, `${cap(to.type)} ủy ${to.district}`)
    .replaceAll(`${from.type} ${from.district}`, `${to.type} ${to.district}`);
  if (to.province !== 'Hà Nội') {
    // Centrally run cities keep "Thành ủy" and "thành phố"; provinces take "Tỉnh ủy" and "tỉnh".
    const city = CITIES.has(to.province);
    out = out
      .replaceAll('Thành ủy Hà Nội', `${city ? 'Thành' : 'Tỉnh'} ủy ${to.province}`)
      .replaceAll('thành phố Hà Nội', `${city ? 'thành phố' : 'tỉnh'} ${to.province}`)
      .replaceAll('Thủ đô Hà Nội', `${city ? 'thành phố' : 'tỉnh'} ${to.province}`);
  }
  return out;
}

/**
 * `count` distinct article records. Article i recombines gold record i mod 5
 * with a district (of the same type), a date from 2015 to 2025 and an event
 * ordinal; an office's holder depends on the office, the place and the
 * five-year term, so the same official appears in every article about it.
 */
export async function generateRecords({ count, seed }) {
  const gold = loadGold();
  const { places } = await loadPlaces();
  const random = rng(seed);
  const records = [];
  for (let i = 0; i < count; i++) {
    const base = gold[i % gold.length];
    const candidates = places.filter((p) => p[0] === base.type);
    const [type, district, province] = pick(random, candidates.length > 0 ? candidates : places);
    const to = { type, district, province };
    const year = 2015 + Math.floor(random() * 11);
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const term = Math.floor((year - 2015) / 5);
    const id = `gen_${String(i).padStart(6, '0')}`;
    const people = base.record.people.map((person, slot) => {
      const positions = person.positions.map((p) => ({ ...p, organization: relocate(p.organization, base, to) }));
      const office = positions[positions.length - 1] ?? { title: `slot ${slot}`, organization: district };
      const name = holderName(`${office.title}|${office.organization}|${term}`);
      return {
        name,
        positions,
        roles: person.roles,
        evidence: [`Đồng chí ${name}, ${office.title} ${office.organization}, dự hội nghị ngày ${date}.`],
      };
    });
    if (random() < DEPUTY_SHARE && base.record.events.length > 0) {
      // A deputy of the province, named afresh: thousands of holders of one office.
      const name = `${pick(random, SURNAMES)} ${pick(random, MIDDLE)} ${pick(random, GIVEN)}`;
      people.push({
        name,
        positions: [{ title: 'Đại biểu', organization: 'Quốc hội', former: false }],
        roles: [{ event: base.record.events[0].id, role: 'attended' }],
        evidence: [`Dự hội nghị có đồng chí ${name}, Đại biểu Quốc hội.`],
      });
    }
    records.push({
      article: { id, title: relocate(base.record.article.title ?? id, base, to), published: date, author: null },
      events: base.record.events.map((e) => ({
        ...e,
        name: relocate(e.name, base, to),
        organizer: e.organizer && relocate(e.organizer, base, to),
        ordinal: 1 + Math.floor(random() * 40),
        date,
      })),
      people,
    });
  }
  return records;
}

