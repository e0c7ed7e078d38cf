// Start-up: how long a command takes from `node` to exit, beside `node -e 0` timed in
// alternation with it. The load cache is warmed first, as it is after a trainee's first run;
// its own folder and an empty data folder keep the real ones out of it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paired, row, section, spawnTime } from '../lib.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'bin/kefu.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-startup-'));
const env = { ...process.env, KEFU_HOME: join(dir, 'home'), KEFU_CACHE: join(dir, 'cache'), NO_COLOR: '1', LANG: 'en_US.UTF-8' };
const options = { cwd: ROOT, env };

// The scripted game: the shipped answer sheet's perfect path through one bundled scenario.
const SCENARIO = 'hotpot-duck-blood';
const sheet = readFileSync(join(ROOT, `test/fixtures/library/${SCENARIO}.yaml`), 'utf8');
const perfect = /^perfect:\s*\[([^\]]*)\]/m.exec(sheet)?.[1]?.replace(/\s+/g, '');
if (!perfect) throw new Error(`no perfect path in test/fixtures/library/${SCENARIO}.yaml`);

const node = () => spawnTime(['-e', '0'], options);
const commands = [
  ['kefu --version', ['--version'], 1.3],
  ['kefu list', ['list'], 2],
  [`kefu play ${SCENARIO} --answers … --no-save`, ['play', SCENARIO, '--answers', perfect, '--no-save'], 2],
  ['kefu validate scenarios/', ['validate', 'scenarios/'], undefined],
];
try {
  section(`start-up, each beside node -e 0 (medians of ${RUNS} paired runs, load cache warm)`);
  for (const [label, args, target] of commands) {
    spawnTime([BIN, ...args], { ...options, expectStatus: 0 });
    const { subject, baseline } = await paired(() => spawnTime([BIN, ...args], options), node, RUNS);
    row(label, subject, 'node -e 0', baseline, target !== undefined ? { target } : {});
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
