// `npm run bench` (after a build): every suite in suites/, each in its own process so one
// suite's warm caches and heap do not flatter the next. `npm run bench -- store` runs the
// suites whose file name contains "store".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./suites/', import.meta.url));
const only = process.argv.slice(2);
const suites = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const suite of suites) {
  console.log(`\n== ${suite.replace(/\.mjs$/, '')} ==`);
  const r = spawnSync(process.execPath, ['--expose-gc', join(dir, suite)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`suite ${suite} failed (exit ${r.status ?? r.signal})`);
  }
}
process.exit(failed === 0 ? 0 : 1);
