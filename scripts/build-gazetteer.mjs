#!/usr/bin/env node
// Builds the gazetteer's data modules from the two registries (see data/dvhcvn-source.md
// and data/dvhc-2025-source.md): src/vietnam/gazetteer/data-2004.ts, the units before the
// July 2025 reform, and src/vietnam/gazetteer/data-2025.ts, the units since, with the
// official conversion of each old commune. Only codes, names, types, parents and the
// conversion are kept. Reads the built text and unit-type modules, so build first:
//
//   npm run build && node scripts/build-gazetteer.mjs path/to/dvhcvn.json path/to/dvhc-2025.json
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [oldSource, newSource] = process.argv.slice(2);
if (!oldSource || !newSource) {
  console.error('usage: node scripts/build-gazetteer.mjs path/to/dvhcvn.json path/to/dvhc-2025.json');
  process.exit(2);
}
const outDir = join(here, '..', 'src', 'vietnam', 'gazetteer');
const { normalizeVietnamese } = await import('../dist/vietnam/text.js');
const { UNIT_TYPES } = await import('../dist/vietnam/units.js');
const TYPES = UNIT_TYPES.map((row) => row.type);

// The source's type labels, per level (a level-2 "Thành phố" is a provincial city).
const TYPE_OF = [
  { 'Tỉnh': 'tỉnh', 'Thành phố Trung ương': 'thành phố trung ương', 'tỉnh': 'tỉnh', 'thành phố trung ương': 'thành phố trung ương' },
  { 'Quận': 'quận', 'Huyện': 'huyện', 'Thị xã': 'thị xã', 'Thành phố': 'thành phố' },
  { 'Xã': 'xã', 'Phường': 'phường', 'Thị trấn': 'thị trấn', 'xã': 'xã', 'phường': 'phường', 'đặc khu': 'đặc khu' },
];
// Type words the sources write before the proper name, longest first, any case ("Thị Trấn").
const PREFIXES = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'];

// The 2004 registry writes a few names with "Quí" (Phú Quí, Vũ Quí, Mỹ Quí); the press, the
// 2025 registry ("đặc khu Phú Quý") and the extraction contract's spelling rule write "Quý".
// Only the toned syllable changes: "Sơn Qui" has no tone and is written so by all.
const QUI = /(?<![\p{L}\p{M}])([Qq])uí(?![\p{L}\p{M}])/gu;
function pressSpelling(name) {
  return name.replace(QUI, (_, q) => `${q}uý`);
}

function cleanName(raw) {
  const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const prefix = PREFIXES.find((p) => name.toLowerCase().startsWith(p + ' '));
  if (!prefix) throw new Error(`no type word before ${JSON.stringify(raw)}`);
  const proper = pressSpelling(normalizeVietnamese(name.slice(prefix.length + 1)));
  if (/[|;:>~,`\\$\n]/.test(proper)) throw new Error(`a name holds a separator: ${JSON.stringify(raw)}`);
  return { name: proper, prefix };
}

const fixes = [];
function typeIndex(level, label, prefix, where) {
  let type = TYPE_OF[level][label];
  // Two Phú Nhuận wards are labelled "Xã" although named "Phường N"; an urban district has
  // no communes, so the name is trusted over the label.
  if (level === 2 && type === 'xã' && prefix === 'phường') {
    type = 'phường';
    fixes.push(`${where}: ${label} -> phường`);
  }
  const index = TYPES.indexOf(type);
  if (index < 0) throw new Error(`unknown type ${JSON.stringify(label)} at ${where}`);
  return index;
}

const pad = (n, width) => String(n).padStart(width, '0');

// ---------------------------------------------------------------- before the reform

const old = JSON.parse(readFileSync(oldSource, 'utf8'));
const oldProvinceOf = new Map(); // commune code -> province code
const oldProvinceNames = new Map();
const oldProvinceLines = [];
const districtLines = [];
let oldCommunes = 0;
for (const p of old.data) {
  const pn = cleanName(p.name);
  oldProvinceNames.set(p.level1_id, pn.name);
  oldProvinceLines.push([p.level1_id, pn.name, typeIndex(0, p.type, pn.prefix, p.name)].join('|'));
  for (const d of p.level2s) {
    const dn = cleanName(d.name);
    const communes = d.level3s.map((c) => {
      const cn = cleanName(c.name);
      oldProvinceOf.set(c.level3_id, p.level1_id);
      oldCommunes += 1;
      return [c.level3_id, cn.name, typeIndex(2, c.type, cn.prefix, `${c.level3_id} ${c.name}`)].join(':');
    });
    districtLines.push([d.level2_id, dn.name, typeIndex(1, d.type, dn.prefix, d.name), p.level1_id, communes.join(';')].join('|'));
  }
}

// ---------------------------------------------------------------- since the reform

const reform = JSON.parse(readFileSync(newSource, 'utf8'));
const columns = reform.conversionColumns.join(',');
if (columns !== 'oldWardCode,oldDistrictCode,oldProvinceCode,partlyMerged,newWardCodes') {
  throw new Error(`unexpected conversion columns ${columns}`);
}
const newProvinceOf = new Map(); // new ward code -> new province code
const wardLines = [];
let newWards = 0;
for (const p of reform.provinces) {
  const code = pad(p.code, 2);
  const wards = p.wards.map(([wardCode, name, type]) => {
    const wn = cleanName(name);
    newProvinceOf.set(pad(wardCode, 5), code);
    newWards += 1;
    return [pad(wardCode, 5), wn.name, typeIndex(2, type, wn.prefix, `${wardCode} ${name}`)].join(':');
  });
  wardLines.push([code, wards.join(';')].join('|'));
}

// Conversion, one line per old district; a province's predecessors follow from it.
const conversionByDistrict = new Map();
const intoProvince = new Map(); // new province -> Set(old provinces)
const fromProvince = new Map(); // old province -> Set(new provinces)
for (const [oldWard, oldDistrict, oldProvince, partly, newCodes] of reform.conversion) {
  const ward = pad(oldWard, 5);
  const targets = newCodes.map((c) => pad(c, 5));
  for (const t of targets) if (!newProvinceOf.has(t)) throw new Error(`conversion: unknown new ward ${t}`);
  const province = oldProvinceOf.get(ward);
  if (province === undefined) throw new Error(`conversion: unknown old commune ${ward}`);
  // The registry, not the table's province column, says where an old commune was (two rows disagree).
  if (province !== pad(oldProvince, 2)) fixes.push(`conversion ${ward}: province ${pad(oldProvince, 2)} -> ${province}, as in the registry`);
  const district = pad(oldDistrict, 3);
  const list = conversionByDistrict.get(district) ?? [];
  list.push(`${ward}${partly ? '~' : '>'}${targets.join(',')}`);
  conversionByDistrict.set(district, list);
  for (const t of targets) {
    const np = newProvinceOf.get(t);
    (intoProvince.get(np) ?? intoProvince.set(np, new Set()).get(np)).add(province);
    (fromProvince.get(province) ?? fromProvince.set(province, new Set()).get(province)).add(np);
  }
}

// A province that went on unchanged (same code and name, took in no other province's
// communes and gave none away) is the same unit in both editions: "=".
const newProvinceLines = reform.provinces.map((p) => {
  const code = pad(p.code, 2);
  const pn = cleanName(p.name);
  const sources = [...(intoProvince.get(code) ?? [])].sort();
  const continues = sources.length === 1 && sources[0] === code && oldProvinceNames.get(code) === pn.name && fromProvince.get(code)?.size === 1;
  return [code, pn.name, typeIndex(0, p.type, pn.prefix, p.name), continues ? '=' : sources.join(',')].join('|');
});

// ---------------------------------------------------------------- output

const block = (name, lines) => `export const ${name} = \`\n${lines.join('\n')}\n\`;\n`;

const oldModule = `// GENERATED by scripts/build-gazetteer.mjs from ${basename(oldSource)}: do not edit by hand.
// Vietnam's administrative units as of ${old.data_date} (before the July 2025 reform), from
// the General Statistics Office's registry as collected by the public dvhcvn project; see
// data/dvhcvn-source.md. Names without their type word, NFC, the press's tone placement.
// A type is an index into UNIT_TYPES (src/vietnam/units.ts).
// PROVINCES: code|name|type. DISTRICTS: code|name|type|province|communes, the communes
// as code:name:type joined by ";".
// Source counts: ${old.stats.level1_count} provinces, ${old.stats.level2_count} districts, ${old.stats.level3_count} communes.

export const DATA_DATE = ${JSON.stringify(old.data_date)};

${block('PROVINCES', oldProvinceLines)}
${block('DISTRICTS', districtLines)}`;

const conversionLines = [...conversionByDistrict].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, list]) => `${d}|${list.join(';')}`);
const newModule = `// GENERATED by scripts/build-gazetteer.mjs from ${basename(newSource)}: do not edit by hand.
// Vietnam's administrative units from ${reform.effective} (34 provinces, no districts), and
// the official conversion of each pre-reform commune: ${reform.source}.
// See data/dvhc-2025-source.md. Names without their type word, NFC, the press's tone
// placement; a type is an index into UNIT_TYPES (src/vietnam/units.ts).
// PROVINCES: code|name|type|predecessors, the old provinces it took in ("=" when it is
// the same unit as before). WARDS: province|wards, as code:name:type joined by ";".
// CONVERSION: old district|old commune>new commune(s), "~" instead of ">" where the old
// commune was split among several.
// Counts: ${reform.provinces.length} provinces, ${newWards} communes, wards and special zones; ${reform.conversion.length} conversions.

export const EFFECTIVE = ${JSON.stringify(reform.effective)};

${block('PROVINCES', newProvinceLines)}
${block('WARDS', wardLines)}
${block('CONVERSION', conversionLines)}`;

writeFileSync(join(outDir, 'data-2004.ts'), oldModule);
writeFileSync(join(outDir, 'data-2025.ts'), newModule);
console.error(
  `wrote data-2004.ts: ${oldProvinceLines.length} provinces, ${districtLines.length} districts, ${oldCommunes} communes, ${Buffer.byteLength(oldModule)} bytes\n` +
    `wrote data-2025.ts: ${newProvinceLines.length} provinces (${newProvinceLines.filter((l) => l.endsWith('|=')).length} unchanged), ` +
    `${newWards} communes, ${reform.conversion.length} conversions, ${Buffer.byteLength(newModule)} bytes`,
);
for (const f of fixes) console.error(`corrected: ${f}`);
