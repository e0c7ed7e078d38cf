import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileHash, loadPlayableScenario } from '../../src/cli/files.js';
import { fixture, kefu, ROOT } from '../helpers/cli.js';

describe('kefu play with files', () => {
  it("grades a pack's scenario on the pack's own method and faults, layered over the bundled ones", async () => {
    const r = await kefu(['play', fixture('pack/shop-welcome.yaml'), '--answers', '1,1', '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({
      score: 100,
      methods: [{ id: 'greet-three', performed: ['greet', 'ask', 'thank'] }],
    });
    const faulty = JSON.parse((await kefu(['play', fixture('pack/shop-welcome.yaml'), '--answers', '1,2', '--json'])).stdout) as { faults: { id: string }[] };
    // `cold` comes from the bundled catalogue, `ignore` from the pack's.
    expect(faulty.faults.map((f) => f.id)).toEqual(['cold']);
    const ignored = JSON.parse((await kefu(['play', fixture('pack/shop-welcome.yaml'), '--answers', '2', '--json'])).stdout) as { faults: { id: string; penalty: number }[] };
    expect(ignored.faults).toEqual([{ id: 'ignore', node: 'door', penalty: 12 }]);
  });

  it('reports a file that is not valid YAML with file:line:column and exit 1', async () => {
    const r = await kefu(['play', fixture('play/not-yaml.yaml'), '--answers', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/test\/fixtures\/play\/not-yaml\.yaml:\d+:\d+ {2}error {2}yaml-syntax/);
  });

  it('reports a file that is not a valid scenario with each problem at its position and exit 1', async () => {
    const r = await kefu(['play', fixture('play/bad-scenario.yaml'), '--answers', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('test/fixtures/play/bad-scenario.yaml:1:1  error  missing-field  missing required field \'start\'');
    expect(r.stderr).toMatch(/bad-scenario\.yaml:5:13 {2}error {2}invalid-value {2}'difficulty' is out of range: 9/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a missing file as a usage error', async () => {
    const r = await kefu(['play', './nowhere/x.yaml', '--answers', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file: \.\/nowhere\/x\.yaml/);
  });

  it('hashes the bytes it loaded a scenario from, as the changed-file check hashes the file', () => {
    const path = fixture('engine/duck-blood-mini.yaml');
    const loaded = loadPlayableScenario(path, ROOT);
    expect(loaded.fileHash).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    expect(fileHash(path)).toBe(loaded.fileHash);
  });
});
