import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseScenario, DEFAULT_MAX_EDGES } from '../../src/analysis/analyse.js';
import { compileScenario } from '../../src/scenario/compile.js';
import { loadScenario } from '../../src/scenario/library.js';
import { parseText } from '../../src/scenario/source.js';
import { compactChain, wideScenario } from '../bench/generate.mjs';
import { kefu } from '../helpers/cli.js';
import { testLibrary } from '../helpers/library.js';

interface JsonOut {
  files: { diagnostics: { code: string }[]; stats?: { paths?: string } }[];
}

describe('the path analysis is bounded in edges, not only in states', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-bounds-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [10, 1350],
    [30, 300],
  ])('%i decisions × %i replies: too-many-replies and analysis-limit, no crash', async (decisions, replies) => {
    const f = join(dir, `wide-${decisions}x${replies}.yaml`);
    const text = wideScenario(decisions, replies);
    expect(text.length).toBeLessThan(1024 * 1024);
    writeFileSync(f, text);
    const r = await kefu(['validate', '--format', 'json', f]);
    expect(r.code).toBe(1);
    const codes = (JSON.parse(r.stdout) as JsonOut).files.flatMap((x) => x.diagnostics.map((d) => d.code));
    expect(new Set(codes)).toEqual(new Set(['too-many-replies', 'analysis-limit']));
    expect(codes.filter((c) => c === 'too-many-replies')).toHaveLength(decisions);
  });

  it('stops once the edges pass the bound, however few the states', () => {
    const text = `${['id: t', 'title: t', 'summary: s', 'locale: en', 'difficulty: 1', 'customer: { name: c, personality: plain, mood: 50 }', 'methods: [emotional]', 'start: a', 'nodes:'].join('\n')}
  a:
    customer: hi
    choices:
${Array.from({ length: 150 }, (_, i) => `      - { reply: r${i}, mood: ${(i % 21) - 10}, next: ${i % 2 ? 'a' : 'b'} }`).join('\n')}
      - { reply: w, moves: [willingness, empathy, responsibility], next: ok }
  b:
    customer: hm
    choices:
${Array.from({ length: 150 }, (_, i) => `      - { reply: q${i}, mood: ${(i % 21) - 10}, next: ${i % 2 ? 'b' : 'a'} }`).join('\n')}
  ok: { customer: bye, ending: satisfied }
`;
    const compiled = compileScenario(loadScenario(parseText(text, 't.yaml')).value!, testLibrary);
    const bounded = analyseScenario(compiled, { maxEdges: 1000 });
    expect(bounded.complete).toBe(false);
    expect(bounded.states).toBeLessThan(200);
    expect(analyseScenario(compiled).complete).toBe(true);
    expect(DEFAULT_MAX_EDGES).toBeGreaterThan(151 * 2 * 101);
  });
});

describe('the exact path count is worked out only when it is shown', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-paths-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('analysis without countPaths has none; validate --stats has it, validate without does not compute it', async () => {
    const text = compactChain(50);
    const compiled = compileScenario(loadScenario(parseText(text, 'chain-50.yaml')).value!, {
      ...testLibrary,
      methods: new Map([['emotional-three-step', { ...testLibrary.methods.get('emotional')!, id: 'emotional-three-step' }]]),
      personalities: new Map([['easygoing', { ...testLibrary.personalities.get('plain')!, id: 'easygoing' }]]),
    });
    const without = analyseScenario(compiled, { countPaths: false });
    expect(without.complete && without.paths).toBeUndefined();
    const withPaths = analyseScenario(compiled);
    expect(withPaths.complete && withPaths.paths).toBe(49n);
    const f = join(dir, 'chain-50.yaml');
    writeFileSync(f, text);
    const shown = JSON.parse((await kefu(['validate', '--format', 'json', '--stats', f])).stdout) as JsonOut;
    expect(shown.files[0]?.stats?.paths).toBe('49');
  });
});
