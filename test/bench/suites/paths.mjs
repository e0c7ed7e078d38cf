// `npm run bench -- paths`: what `kefu paths` costs beside what it cannot avoid. Every path
// must be graded before the best are known, so the baseline is grading each path alone
// (walking the paths and calling grade() on each); the subject is the whole listing: the same
// walk and grading, the filter, the best 50 kept and sorted. The count alone (`--count`, the
// analysis's) is measured against walking every path without grading: it must not grow with
// the number of paths.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countPaths, forEachPath, listPaths } from '../../../.build/analysis/paths.js';
import { loadPlayableScenario } from '../../../.build/cli/files.js';
import { grade } from '../../../.build/grading/grade.js';
import { layeredScenario } from '../generate.mjs';
import { paired, row, section } from '../lib.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kefu-bench-paths-'));
try {
  cpSync(join(ROOT, 'scenarios/methods'), join(dir, 'methods'), { recursive: true });
  cpSync(join(ROOT, 'scenarios/faults.yaml'), join(dir, 'faults.yaml'));
  cpSync(join(ROOT, 'scenarios/personalities.yaml'), join(dir, 'personalities.yaml'));
  const cases = [
    ['bundled hotpot-duck-blood', join(ROOT, 'scenarios/hotpot-duck-blood.yaml')],
    ['layered, 13 decisions (8,192 paths)', 13],
    ['layered, 16 decisions (65,536 paths)', 16],
  ];
  section('kefu paths --limit 50 beside grading every path alone');
  for (const [label, what] of cases) {
    let path = what;
    if (typeof what === 'number') {
      path = join(dir, `layered-${what}.yaml`);
      writeFileSync(path, layeredScenario({ id: `layered-${what}`, decisions: what, width: 8, endings: 3 }));
    }
    const scenario = loadPlayableScenario(path, ROOT).compiled;
    const runs = typeof what === 'number' && what > 13 ? 3 : 7;
    const listing = await paired(
      () => listPaths(scenario, { limit: 50 }),
      () => forEachPath(scenario, (s) => grade(scenario, s.turns, s.outcome)),
      runs,
    );
    row(label, listing.subject, 'walk + grade() each path', listing.baseline);
    const counting = await paired(
      () => countPaths(scenario),
      () => forEachPath(scenario, () => undefined),
      runs,
    );
    row(`${label}: --count`, counting.subject, 'walking every path, no grading', counting.baseline);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
