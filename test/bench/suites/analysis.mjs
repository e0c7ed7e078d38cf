// validate --stats on compact chains of growing size beside bare yaml parsing of the same file
// (a sweep: the ratio must not grow with the size), and the hostile files that once took
// minutes: 100,000 keys and 10 decisions × 1,350 replies.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument } from 'yaml';
import { run } from '../../../.build/cli/main.js';
import { compactChain, manyKeys, wideScenario } from '../generate.mjs';
import { median, paired, row, section } from '../lib.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** `kefu validate --format json` in this process; returns the exit code and the codes reported. */
async function validate(args) {
  let out = '';
  const stdout = new Writable({ write: (c, _e, cb) => ((out += c), cb()) });
  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  const io = { stdin: process.stdin, stdout, stderr: sink, env: { NO_COLOR: '1', LANG: 'en_US.UTF-8' }, cwd: ROOT };
  const code = await run(['validate', '--format', 'json', ...args], io);
  return { code, codes: JSON.parse(out).files.flatMap((f) => f.diagnostics.map((d) => d.code)) };
}

const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-analysis-'));
try {
  section('validate --stats on a compact chain, beside yaml parsing the same file');
  for (const nodes of [1000, 5000, 8000]) {
    const f = join(dir, `chain-${nodes}.yaml`);
    writeFileSync(f, compactChain(nodes));
    const r = await validate(['--stats', f]);
    if (r.code !== 0 || r.codes.length > 0) throw new Error(`the chain of ${nodes} does not validate cleanly: ${r.codes.join(', ')}`);
    const runs = nodes > 1000 ? 5 : 9;
    const bare = await paired(() => validate(['--stats', f]), () => parse(readFileSync(f, 'utf8')), runs);
    row(`${nodes.toLocaleString('en')} nodes: validate --stats`, bare.subject, 'read + yaml.parse', bare.baseline, nodes === 8000 ? { target: 1.5 } : {});
    // yaml.parse's own duplicate-key check compares every pair of keys; without it:
    const linear = await paired(() => validate(['--stats', f]), () => parseDocument(readFileSync(f, 'utf8'), { uniqueKeys: false }).toJS(), runs);
    row(`${nodes.toLocaleString('en')} nodes: validate --stats`, linear.subject, 'read + yaml, uniqueKeys: false', linear.baseline);
  }

  section('hostile files: each must end in under 2 s with its diagnostic');
  const hostile = [
    ['100,000 keys', manyKeys(100_000), 'too-many-keys'],
    ['10 decisions × 1,350 replies', wideScenario(10, 1350), 'analysis-limit'],
  ];
  for (const [label, text, code] of hostile) {
    const f = join(dir, `${code}.yaml`);
    writeFileSync(f, text);
    const r = await validate([f]);
    if (!r.codes.includes(code)) throw new Error(`${label}: expected ${code}, got ${[...new Set(r.codes)].join(', ')}`);
    const samples = await paired(() => validate([f]), () => parseDocument(readFileSync(f, 'utf8'), { uniqueKeys: false }).toJS(), 3);
    row(`${label} (${Math.round(text.length / 1024)} KB): validate`, samples.subject, 'read + yaml, uniqueKeys: false', samples.baseline);
    const m = median(samples.subject);
    console.log(`    ${label}: ${m.toFixed(0)} ms, ${code} reported (target < 2000 ms: ${m < 2000 ? 'met' : 'NOT met'})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
