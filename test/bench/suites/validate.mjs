// validate on a generated corpus of 1,000 realistic scenarios, beside ajv-cli checking the same
// YAML files against the committed schema (ajv-cli reads .yaml files itself, through js-yaml),
// and beside js-yaml and yaml only parsing them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { run } from '../../../.build/cli/main.js';
import { ordinaryScenario } from '../generate.mjs';
import { paired, row, section, spawnTime } from '../lib.mjs';

const require = createRequire(import.meta.url);
const jsYaml = require('js-yaml');
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'bin/kefu.js');
const AJV = join(ROOT, 'node_modules/ajv-cli/dist/index.js');
const SCHEMA = join(ROOT, 'scenarios/scenario.schema.json');
const FILES = 1000;

/** `kefu validate` in this process, output discarded; throws unless the corpus is clean. */
async function validateInProcess(args) {
  const sink = () => new Writable({ write: (_c, _e, cb) => cb() });
  const io = { stdin: process.stdin, stdout: sink(), stderr: sink(), env: { NO_COLOR: '1', LANG: 'en_US.UTF-8' }, cwd: ROOT };
  const code = await run(['validate', '--format', 'json', ...args], io);
  if (code !== 0) throw new Error(`kefu validate exited ${code}`);
}

const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-validate-'));
try {
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const files = [];
  for (let i = 0; i < FILES; i++) {
    const f = join(corpus, `generated-${i}.yaml`);
    writeFileSync(f, ordinaryScenario(i));
    files.push(f);
  }
  const kefu = () => spawnTime([BIN, 'validate', corpus], { expectStatus: 0, env: { ...process.env, NO_COLOR: '1' } });
  const ajv = () => spawnTime([AJV, 'validate', '-s', SCHEMA, '-d', join(corpus, '*.yaml')], { expectStatus: 0 });

  section(`validate, ${FILES.toLocaleString('en')} generated scenarios (each a child process: start-up included)`);
  const vsAjv = await paired(kefu, ajv, 7);
  row('kefu validate <corpus>', vsAjv.subject, 'ajv-cli validate -s schema -d *.yaml', vsAjv.baseline, { unit: 'files/s', per: FILES, target: 1 });

  section(`the same ${FILES.toLocaleString('en')} files in this process: validate beside parsing alone`);
  const viaJsYaml = await paired(() => validateInProcess([corpus]), () => files.forEach((f) => jsYaml.load(readFileSync(f, 'utf8'))), 7);
  row('kefu validate (in process)', viaJsYaml.subject, 'read + js-yaml load', viaJsYaml.baseline, { unit: 'files/s', per: FILES });
  const viaYaml = await paired(() => validateInProcess([corpus]), () => files.forEach((f) => parse(readFileSync(f, 'utf8'))), 7);
  row('kefu validate (in process)', viaYaml.subject, 'read + yaml.parse', viaYaml.baseline, { unit: 'files/s', per: FILES });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
