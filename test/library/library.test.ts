import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledDir } from '../../src/library/bundled.js';
import { diskCache, memoryCache } from '../../src/library/cache.js';
import { fileSystemSource } from '../../src/library/fs-source.js';
import { LibraryReader } from '../../src/library/library.js';
import { memorySource } from '../../src/library/memory-source.js';
import type { LibrarySource } from '../../src/library/source.js';
import { kindOf } from '../../src/scenario/catalogue.js';
import { fixture, kefu, ROOT, testEnv } from '../helpers/cli.js';
import { readFileSync } from 'node:fs';

const dir = mkdtempSync(join(tmpdir(), 'kefu-library-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A source that counts how often each file is read. */
function counting(source: LibrarySource): { source: LibrarySource; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  return {
    reads,
    source: {
      ...source,
      bundledDir: source.bundledDir,
      entry: (p) => source.entry(p),
      yamlFiles: (d, o) => source.yamlFiles(d, o),
      read: (p, f, l) => {
        reads.set(p, (reads.get(p) ?? 0) + 1);
        return source.read(p, f, l);
      },
    },
  };
}

describe('the library reader', () => {
  it('reads each bundled file at most once however many scenarios need the catalogue (quiz --generated)', async () => {
    const { source, reads } = counting(fileSystemSource(bundledDir()));
    const r = await kefu(['quiz', '--generated', '--answer', 'x', '--no-save'], { library: source });
    expect(r.code).toBe(2);
    expect(reads.size).toBeGreaterThan(10);
    expect([...reads.entries()].filter(([, n]) => n > 1)).toEqual([]);
  });

  it('gives a scenario from the cache exactly as it loads it in full', async () => {
    const cache = memoryCache();
    const path = join(bundledDir(), 'hotpot-duck-blood.yaml');
    const cold = new LibraryReader(fileSystemSource(bundledDir()), ROOT, cache);
    const full = await cold.playable(path);
    const warmReader = new LibraryReader(fileSystemSource(bundledDir()), ROOT, cache);
    const warm = await warmReader.playable(path);
    expect(full.ok && warm.ok).toBe(true);
    if (!full.ok || !warm.ok) return;
    // The warm reader never needed the parser.
    expect((warmReader as unknown as { heavy?: unknown }).heavy).toBeUndefined();
    expect(JSON.stringify(warm.loaded.scenario)).toBe(JSON.stringify(full.loaded.scenario));
    expect(warm.loaded.fileHash).toBe(full.loaded.fileHash);
    expect(warm.loaded.text).toBe(full.loaded.text);
    expect(JSON.stringify([...warm.loaded.compiled.nodes.entries()])).toBe(JSON.stringify([...full.loaded.compiled.nodes.entries()]));
  });

  it('plays and lists the same through a warm disk cache as with none', async () => {
    const env = { KEFU_CACHE: join(dir, 'warm') };
    const answers = /^perfect:\s*\[([^\]]*)\]/m.exec(readFileSync(fixture('library/hotpot-duck-blood.yaml'), 'utf8'))![1]!.replace(/\s+/g, '');
    const play = ['play', 'hotpot-duck-blood', '--answers', answers, '--no-save', '--json'];
    const none = await kefu(play, { env: { KEFU_CACHE: '' } });
    const cold = await kefu(play, { env });
    const warm = await kefu(play, { env });
    expect(none.code).toBe(0);
    expect(cold.stdout).toBe(none.stdout);
    expect(warm.stdout).toBe(none.stdout);
    const lists = [await kefu(['list'], { env: { KEFU_CACHE: '' } }), await kefu(['list'], { env }), await kefu(['list'], { env })];
    expect(lists[1]!.stdout).toBe(lists[0]!.stdout);
    expect(lists[2]!.stdout).toBe(lists[0]!.stdout);
  });

  it('takes a changed file from the file, never from the cache', async () => {
    const folder = mkdtempSync(join(dir, 'pack-'));
    const text = readFileSync(fixture('engine/duck-blood-mini.yaml'), 'utf8');
    writeFileSync(join(folder, 'duck-blood-mini.yaml'), text);
    const env = { KEFU_CACHE: join(dir, 'changes') };
    const title = async (): Promise<string> => (JSON.parse((await kefu(['list', '--json'], { env, scenariosDir: folder })).stdout) as { title: string }[])[0]!.title;
    const before = await title();
    expect(await title()).toBe(before);
    writeFileSync(join(folder, 'duck-blood-mini.yaml'), text.replace(/^title: .*$/m, 'title: 改过的标题'));
    expect(await title()).toBe('改过的标题');
  });

  it('treats a damaged cache entry as a miss', () => {
    const folder = join(dir, 'damaged');
    const cache = diskCache(folder, 'test');
    cache.set('scenario:abc', { id: 'x' });
    expect(cache.get('scenario:abc')).toEqual({ id: 'x' });
    const [sub] = readdirSync(folder);
    for (const f of readdirSync(join(folder, sub!))) writeFileSync(join(folder, sub!, f), '{"value": ');
    expect(cache.get('scenario:abc')).toBeUndefined();
    expect(cache.get('never-set')).toBeUndefined();
  });

  it('reads a library held in memory like one on disk', async () => {
    const mini = readFileSync(fixture('engine/duck-blood-mini.yaml'), 'utf8');
    const bundled = Object.fromEntries(
      ['faults.yaml', 'personalities.yaml', 'methods/emotional-three-step.yaml', 'methods/objection-five-step.yaml', 'methods/complaint-seven-step.yaml'].map((f) => [
        `/bundled/${f}`,
        readFileSync(join(bundledDir(), f), 'utf8'),
      ]),
    );
    const source = memorySource({ ...bundled, '/bundled/duck-blood-mini.yaml': mini, '/bundled/pipe.yaml': { kind: 'fifo' } });
    const r = await kefu(['list', '--json'], { library: source, env: testEnv() });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((e) => e.id)).toEqual(['duck-blood-mini']);
    const text = await kefu(['list'], { library: source });
    expect(text.stderr).toContain('pipe: not a valid scenario');
    const p = await kefu(['play', 'duck-blood-mini', '--answers', '2,1', '--no-save', '--json'], { library: source });
    expect(p.code).toBe(0);
  });
});

describe("a file's kind", () => {
  it.each([
    ['a/methods/x.yaml', {}, 'method'],
    ['a/quizzes/x.yaml', { nodes: {} }, 'quiz'],
    ['a/faults.yaml', {}, 'faults'],
    ['a/personalities.yml', {}, 'personalities'],
    ['a/x.yaml', { id: 'x', questions: [] }, 'quiz'],
    ['a/x.yaml', { id: 'x', steps: [] }, 'method'],
    ['a/x.yaml', { faults: [] }, 'faults'],
    ['a/x.yaml', { personalities: [] }, 'personalities'],
    ['a/x.yaml', { id: 'x', questions: [], nodes: {} }, 'scenario'],
    ['a/x.yaml', { id: 'x', start: 'a' }, 'scenario'],
    ['a/x.yaml', 'text', 'scenario'],
    ['a/x.yaml', undefined, 'scenario'],
  ] as const)('%s holding %j is a %s', (path, value, kind) => {
    expect(kindOf(path, value)).toBe(kind);
  });
});
