// A name cut from an article must not keep the article alive through the name
// caches of src/vietnam/text.ts: over a long ingest that held thousands of whole
// article texts. Checked in a child process that can force a collection.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const textModule = fileURLToPath(new URL('../../dist/vietnam/text.js', import.meta.url));

// 100 texts of 1M characters (2 MB each: Vietnamese needs two-byte strings), one
// name cut from each and passed through both caches, the texts dropped: kept alive by
// the names, they would hold about 200 MB of heap.
const probe = `
const { normalizeName, nameKey } = await import(${JSON.stringify(textModule)});
for (let i = 0; i < 100; i += 1) {
  const text = 'Đại hội đại biểu. '.repeat(50000) + 'đồng chí Nguyễn Văn Thành ' + i + ' kết thúc.'.repeat(10000);
  const start = text.indexOf('Nguyễn');
  const name = text.slice(start, start + 30);
  normalizeName(name);
  nameKey(name);
}
globalThis.gc();
console.log(Math.round(process.memoryUsage().heapUsed / 1048576));
`;

describe('name caches', () => {
  it('keep no reference to the article a name was cut from', () => {
    const heapMb = Number(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', probe], { encoding: 'utf8' }).trim());
    expect(heapMb).toBeLessThan(50);
  });
});
