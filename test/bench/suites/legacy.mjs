// `npm run bench` (after a build): start-up time and validate throughput, each beside a
// baseline measured in the same run, so the ratio means something on any machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { run } from '../../../.build/cli/main.js';
import { layeredScenario, ordinaryScenario } from '../generate.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'bin/kefu.js');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;
const time = (fn) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};
const timeAsync = async (fn) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

function row(label, value, baselineLabel, baseline, unit) {
  const ratio = unit === 'files/s' ? baseline / value : value / baseline;
  console.log(`  ${label.padEnd(34)} ${value.toFixed(unit === 'files/s' ? 0 : 1).padStart(9)} ${unit}   ${baselineLabel.padEnd(26)} ${baseline.toFixed(unit === 'files/s' ? 0 : 1).padStart(9)} ${unit}   ×${ratio.toFixed(2)}`);
}

/** Runs `kefu validate` in this process, output discarded; returns the exit code. */
async function validate(args) {
  const sink = () => new Writable({ write: (_c, _e, cb) => cb() });
  const io = { stdin: process.stdin, stdout: sink(), stderr: sink(), env: { NO_COLOR: '1', LANG: 'en_US.UTF-8' }, cwd: ROOT };
  return run(['validate', '--format', 'json', ...args], io);
}

// 1. Start-up: the median of several runs of `kefu --version` beside `node -e 0`.
const RUNS = 15;
const spawnTime = (args) => time(() => spawnSync(process.execPath, args, { stdio: 'ignore' }));
spawnTime(['-e', '0']);
spawnTime([BIN, '--version']);
const node = [];
const kefu = [];
for (let i = 0; i < RUNS; i++) {
  node.push(spawnTime(['-e', '0']));
  kefu.push(spawnTime([BIN, '--version']));
}
console.log(`start-up (median of ${RUNS} runs)`);
row('kefu --version', median(kefu), 'node -e 0', median(node), 'ms');

// 2. Validate throughput over a generated corpus of 1,000 scenarios.
const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-'));
try {
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const files = [];
  for (let i = 0; i < 1000; i++) {
    const f = join(corpus, `generated-${i}.yaml`);
    writeFileSync(f, ordinaryScenario(i));
    files.push(f);
  }
  const bare = () => {
    for (const f of files) parse(readFileSync(f, 'utf8'));
  };
  bare();
  if ((await validate([corpus])) !== 0) throw new Error('the generated corpus does not validate cleanly');
  const parseTimes = [];
  const validateTimes = [];
  for (let i = 0; i < 3; i++) {
    parseTimes.push(time(bare));
    validateTimes.push(await timeAsync(() => validate([corpus])));
  }
  console.log(`validate throughput (${files.length} generated scenarios, median of 3)`);
  row('kefu validate', (files.length * 1000) / median(validateTimes), 'read + YAML parse only', (files.length * 1000) / median(parseTimes), 'files/s');

  // 3. One scenario of 10,000 nodes and 2^60 paths.
  const big = join(dir, 'layered.yaml');
  writeFileSync(big, layeredScenario());
  const bigParse = [];
  const bigValidate = [];
  for (let i = 0; i < 3; i++) {
    bigParse.push(time(() => parse(readFileSync(big, 'utf8'))));
    bigValidate.push(await timeAsync(() => validate(['--stats', big])));
  }
  console.log('a scenario of 10,000 nodes and 2^60 paths (median of 3)');
  row('kefu validate --stats', median(bigValidate), 'read + YAML parse only', median(bigParse), 'ms');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
