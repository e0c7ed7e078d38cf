import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileSystemSource, problemOf } from '../../src/library/fs-source.js';
import { READ_LIMIT } from '../../src/library/reading.js';
import { MAX_FILE_BYTES } from '../../src/scenario/source.js';

const dir = mkdtempSync(join(tmpdir(), 'kefu-fs-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const source = fileSystemSource(dir);

describe('the file-system source', () => {
  it('reads no more than the parser would: the two limits are one', () => {
    expect(READ_LIMIT).toBe(MAX_FILE_BYTES);
  });

  it('reads a small file into a buffer its own size, not a 1 MiB one', () => {
    const f = join(dir, 'ten-k.yaml');
    writeFileSync(f, 'x'.repeat(10_000));
    const r = source.read(f, dir, READ_LIMIT);
    expect(r.ok && r.bytes.length).toBe(10_000);
    expect(r.ok && r.bytes.buffer.byteLength).toBeLessThan(64 * 1024);
  });

  it('refuses a file over the limit by its size, and reads one at the limit whole', () => {
    const f = join(dir, 'big.yaml');
    writeFileSync(f, Buffer.alloc(READ_LIMIT + 1, 0x61));
    expect(source.read(f, dir, READ_LIMIT)).toEqual({ ok: false, problem: { reason: 'too-large', limit: READ_LIMIT } });
    writeFileSync(f, Buffer.alloc(READ_LIMIT, 0x61));
    const r = source.read(f, dir, READ_LIMIT);
    expect(r.ok && r.bytes.length).toBe(READ_LIMIT);
  });

  it('reads an empty file as no bytes', () => {
    const f = join(dir, 'empty.yaml');
    writeFileSync(f, '');
    const r = source.read(f, dir, READ_LIMIT);
    expect(r.ok && r.bytes.length).toBe(0);
  });

  it('names each file-system error as a problem, EACCES included whoever runs the test', () => {
    const err = (code: string): Error => Object.assign(new Error(code), { code });
    expect(problemOf(err('EACCES'))).toEqual({ reason: 'denied' });
    expect(problemOf(err('EPERM'))).toEqual({ reason: 'denied' });
    expect(problemOf(err('ENAMETOOLONG'))).toEqual({ reason: 'name-too-long' });
    expect(problemOf(err('ENOENT'))).toEqual({ reason: 'missing' });
    expect(problemOf(err('EISDIR'))).toEqual({ reason: 'not-a-file', what: 'folder' });
    expect(problemOf(err('EIO'))).toEqual({ reason: 'failed', code: 'EIO' });
  });

  it('lists YAML files by name, skipping hidden folders and node_modules, with links that leave the folder as problems', () => {
    const d = join(dir, 'walk');
    mkdirSync(join(d, 'sub'), { recursive: true });
    mkdirSync(join(d, '.hidden'));
    mkdirSync(join(d, 'node_modules'));
    writeFileSync(join(d, 'b.yaml'), 'id: b');
    writeFileSync(join(d, 'a.yml'), 'id: a');
    writeFileSync(join(d, 'notes.txt'), '');
    writeFileSync(join(d, 'sub', 'c.yaml'), 'id: c');
    writeFileSync(join(d, '.hidden', 'h.yaml'), '');
    writeFileSync(join(d, 'node_modules', 'n.yaml'), '');
    writeFileSync(join(dir, 'elsewhere.yaml'), '');
    symlinkSync(join(dir, 'elsewhere.yaml'), join(d, 'out.yaml'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(d, 'dangling.yaml'));
    symlinkSync('b.yaml', join(d, 'in.yaml'));
    const rel = (xs: { path: string; problem?: unknown }[]): unknown[] => xs.map((x) => [x.path.slice(d.length + 1), x.problem]);
    expect(rel(source.yamlFiles(d, { recursive: true }))).toEqual([
      ['a.yml', undefined],
      ['b.yaml', undefined],
      ['dangling.yaml', { reason: 'missing' }],
      ['in.yaml', undefined],
      ['out.yaml', { reason: 'link-outside', folder: d }],
      ['sub/c.yaml', undefined],
    ]);
    expect(rel(source.yamlFiles(d, { recursive: false }))).toEqual([
      ['a.yml', undefined],
      ['b.yaml', undefined],
      ['dangling.yaml', { reason: 'missing' }],
      ['in.yaml', undefined],
      ['out.yaml', { reason: 'link-outside', folder: d }],
    ]);
  });

  it('refuses to read through a link whose target leaves the folder, and reads one that stays', () => {
    const d = join(dir, 'links');
    mkdirSync(d);
    writeFileSync(join(d, 'real.yaml'), 'id: real');
    symlinkSync('real.yaml', join(d, 'inside.yaml'));
    symlinkSync(join(dir, 'elsewhere.yaml'), join(d, 'outside.yaml'));
    expect(source.read(join(d, 'inside.yaml'), d, READ_LIMIT).ok).toBe(true);
    expect(source.read(join(d, 'outside.yaml'), d, READ_LIMIT)).toEqual({ ok: false, problem: { reason: 'link-outside', folder: d } });
  });
});
