import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledDir } from '../../src/library/bundled.js';
import { fileSystemSource } from '../../src/library/fs-source.js';
import { fixture, kefu, kefuProcess, ROOT } from '../helpers/cli.js';

// Every hostile input here is built by the test. FIFOs are tried in a child process with a
// time limit, so a regression hangs that process, not the test run.
const dir = mkdtempSync(join(tmpdir(), 'kefu-access-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => {
  const d = join(dir, `case-${n++}`);
  mkdirSync(d);
  return d;
};
const mkfifo = (path: string): void => void execFileSync('mkfifo', [path]);
const mini = readFileSync(fixture('engine/duck-blood-mini.yaml'), 'utf8');
const SECRET = 'root:$6$not-a-real-hash$qwerty:19000:0:99999:7:::\ndaemon: "*:19000:0:99999:7:::"\n';
const isRoot = process.getuid?.() === 0;

/** A pack: the pack fixture's scenario, method and faults in a folder of its own. */
function pack(): string {
  const d = fresh();
  cpSync(fixture('pack'), d, { recursive: true });
  return d;
}

describe('FIFOs, sockets and devices are refused unopened, naming them (issue 13, finding 2)', () => {
  it('kefu validate x.yaml where x.yaml is a FIFO', () => {
    const d = fresh();
    mkfifo(join(d, 'x.yaml'));
    const r = kefuProcess(['validate', join(d, 'x.yaml')], { timeout: 15_000 });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/x\.yaml:1:1 {2}error {2}unreadable {2}cannot read the file: is a FIFO \(named pipe\), not a regular file/);
    expect(r.stdout).not.toMatch(/YAML mapping/);
  });

  it('kefu play x.yaml where x.yaml is a FIFO', () => {
    const d = fresh();
    mkfifo(join(d, 'x.yaml'));
    const r = kefuProcess(['play', join(d, 'x.yaml'), '--answers', '1', '--no-save'], { timeout: 15_000 });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x\.yaml:1:1 {2}error {2}unreadable {2}cannot read the file: is a FIFO/);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it("a FIFO named faults.yaml or personalities.yaml in a pack, for validate and play", () => {
    for (const name of ['faults.yaml', 'personalities.yaml']) {
      const d = pack();
      rmSync(join(d, name), { force: true });
      mkfifo(join(d, name));
      const v = kefuProcess(['validate', d], { timeout: 15_000 });
      expect(v.code).toBe(1);
      expect(v.stdout).toContain(`${name}:1:1  error  unreadable  cannot read the file: is a FIFO`);
      const p = kefuProcess(['play', join(d, 'shop-welcome.yaml'), '--answers', '1,1', '--no-save'], { timeout: 15_000 });
      expect(p.code).toBe(1);
      expect(p.stderr).toContain(`${name}:1:1  error  unreadable`);
    }
  });

  it('a FIFO in a pack\'s methods/ folder is reported, not waited on', () => {
    const d = pack();
    mkfifo(join(d, 'methods', 'stuck.yaml'));
    const v = kefuProcess(['validate', d], { timeout: 15_000 });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('stuck.yaml:1:1  error  unreadable');
  });

  it('a FIFO among the scenarios: validate says so instead of ✓; list, progress and quiz --generated go on without it', async () => {
    const d = fresh();
    writeFileSync(join(d, 'mini.yaml'), mini.replace('id: duck-blood-mini', 'id: mini'));
    mkfifo(join(d, 'stuck.yaml'));
    const v = kefuProcess(['validate', d], { timeout: 15_000 });
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('stuck.yaml:1:1  error  unreadable');
    expect(v.stdout).not.toContain('✓');

    const list = await kefu(['list', '--json'], { scenariosDir: d });
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((e) => e.id)).toEqual(['mini']);
    expect(list.stdout + list.stderr).not.toMatch(/internal error/);
    const progress = await kefu(['progress', '--json', '--trainee', 'wang'], { scenariosDir: d });
    expect(progress.code).toBe(0);

    // The bundled library with a FIFO among its scenarios and catalogue: read through the real
    // file-system source, given as the library the command reads.
    const lib = fresh();
    cpSync(bundledDir(), lib, { recursive: true });
    mkfifo(join(lib, 'stuck.yaml'));
    mkfifo(join(lib, 'methods', 'stuck.yaml'));
    const source = fileSystemSource(lib);
    const quiz = await kefu(['quiz', '--generated', '--answer', 'x', '--no-save'], { library: source });
    // One answer for many questions is a usage error: the questions were generated.
    expect(quiz.code).toBe(2);
    expect(quiz.stderr).toMatch(/1 answer given for \d+ questions/);
  });
});

describe('symbolic links are followed only inside the folder being read, by validate and play alike (finding 3)', () => {
  it('a scenario linked from inside its folder is read by both', async () => {
    const d = fresh();
    mkdirSync(join(d, 'real'));
    writeFileSync(join(d, 'real', 'mini.yaml'), mini);
    mkdirSync(join(d, 'pack'));
    cpSync(join(d, 'real', 'mini.yaml'), join(d, 'pack', 'duck-blood-mini.yaml'));
    symlinkSync('duck-blood-mini.yaml', join(d, 'pack', 'alias.yaml'));
    const v = await kefu(['validate', join(d, 'pack', 'duck-blood-mini.yaml')]);
    expect(v.code).toBe(0);
    const p = await kefu(['play', join(d, 'pack', 'alias.yaml'), '--answers', '2,1', '--no-save', '--json']);
    expect(p.code).toBe(0);
  });

  it('a scenario linked to a file outside its folder is refused by both, naming the link', async () => {
    const d = fresh();
    writeFileSync(join(d, 'outside.yaml'), mini);
    mkdirSync(join(d, 'pack'));
    symlinkSync(join(d, 'outside.yaml'), join(d, 'pack', 'duck-blood-mini.yaml'));
    const v = await kefu(['validate', join(d, 'pack')]);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/pack\/duck-blood-mini\.yaml:1:1 {2}error {2}unreadable {2}cannot read the file: is a symbolic link that leads outside the folder being read/);
    const direct = await kefu(['validate', join(d, 'pack', 'duck-blood-mini.yaml')]);
    expect(direct.code).toBe(1);
    expect(direct.stdout).toContain('is a symbolic link that leads outside');
    const p = await kefu(['play', join(d, 'pack', 'duck-blood-mini.yaml'), '--answers', '2,1', '--no-save']);
    expect(p.code).toBe(1);
    expect(p.stderr).toMatch(/pack\/duck-blood-mini\.yaml:1:1 {2}error {2}unreadable {2}cannot read the file: is a symbolic link that leads outside/);
  });

  it("a pack's personalities.yaml linked to a password file prints none of its lines, in text, github or play", async () => {
    const d = pack();
    const secret = join(fresh(), 'shadow');
    writeFileSync(secret, SECRET);
    symlinkSync(secret, join(d, 'personalities.yaml'));
    for (const format of ['text', 'github', 'json']) {
      const v = await kefu(['validate', '--format', format, d]);
      expect(v.code).toBe(1);
      expect(v.stdout).toContain('personalities.yaml');
      expect(v.stdout).toContain('leads outside');
      expect(v.stdout + v.stderr).not.toMatch(/qwerty|daemon|19000/);
    }
    const p = await kefu(['play', join(d, 'shop-welcome.yaml'), '--answers', '1,1', '--no-save']);
    expect(p.code).toBe(1);
    expect(p.stderr).toContain('personalities.yaml:1:1  error  unreadable');
    expect(p.stdout + p.stderr).not.toMatch(/qwerty|daemon|19000/);
  });

  it('a catalogue file that is a plain copy of some other file quotes at most 40 characters of any key', async () => {
    const d = pack();
    const key = 'k'.repeat(100);
    writeFileSync(join(d, 'personalities.yaml'), `${key}: "${'v'.repeat(100)}"\n${key}x: 1\n`);
    const v = await kefu(['validate', d]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(`unknown field '${'k'.repeat(40)}…'`);
    expect(v.stdout).not.toContain('k'.repeat(41));
    expect(v.stdout).not.toContain('v'.repeat(41));
  });

  it('kefu play given a link to a password file directly prints none of its lines', async () => {
    const d = fresh();
    const secret = join(fresh(), 'shadow');
    writeFileSync(secret, SECRET);
    symlinkSync(secret, join(d, 'x.yaml'));
    const p = await kefu(['play', join(d, 'x.yaml'), '--answers', '1', '--no-save']);
    expect(p.code).toBe(1);
    expect(p.stdout + p.stderr).not.toMatch(/qwerty|daemon|19000/);
  });

  it('a methods link to a large folder elsewhere, or to the root, is one diagnostic on the link, not a walk', async () => {
    for (const target of [join(ROOT, 'test'), '/']) {
      const d = pack();
      rmSync(join(d, 'methods'), { recursive: true });
      symlinkSync(target, join(d, 'methods'));
      const v = await kefu(['validate', '--format', 'json', d]);
      expect(v.code).toBe(1);
      const out = JSON.parse(v.stdout) as { files: { file: string; diagnostics: { code: string; message: string }[] }[] };
      const onLink = out.files.filter((f) => f.file.endsWith('/methods'));
      expect(onLink).toHaveLength(1);
      expect(onLink[0]!.diagnostics.map((x) => x.code)).toEqual(['unreadable']);
      expect(onLink[0]!.diagnostics[0]!.message).toContain('leads outside');
      expect(out.files.length).toBeLessThan(10);
      expect(v.stderr).not.toMatch(/internal error/);
      const p = await kefu(['play', join(d, 'shop-welcome.yaml'), '--answers', '1,1', '--no-save']);
      expect(p.code).toBe(1);
      expect(p.stderr).toContain('leads outside');
      expect(p.stderr).not.toMatch(/internal error/);
    }
  });

  it('a folder that links to itself is walked once', async () => {
    const d = fresh();
    writeFileSync(join(d, 'duck-blood-mini.yaml'), mini);
    symlinkSync('.', join(d, 'loop'));
    const v = await kefu(['validate', '--format', 'json', d]);
    expect(v.code).toBe(0);
    expect((JSON.parse(v.stdout) as { files: unknown[] }).files).toHaveLength(1);
  });
});

describe('permission and path errors are one clear message naming the file, exit 1 (finding 4)', () => {
  it('a path over the length limit, for validate and play', async () => {
    const long = join(fresh(), `${'a'.repeat(300)}.yaml`);
    const v = await kefu(['validate', long]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('cannot read the file: the path is too long for the file system');
    expect(v.stdout + v.stderr).not.toMatch(/internal error|ENAMETOOLONG|YAML mapping/);
    const p = await kefu(['play', long, '--answers', '1', '--no-save']);
    expect(p.code).toBe(1);
    expect(p.stderr).toContain('the path is too long');
    expect(p.stderr).not.toMatch(/internal error/);
  });

  // Root reads whatever the mode bits say, and CI runs as root: there the mode cannot make a
  // file unreadable, so these run only for an ordinary user (the mapping of EACCES itself is
  // tested in test/library/fs-source.test.ts whoever runs it).
  it.skipIf(isRoot)('an unreadable subfolder and an unreadable file', async () => {
    const d = fresh();
    writeFileSync(join(d, 'duck-blood-mini.yaml'), mini);
    mkdirSync(join(d, 'locked'));
    writeFileSync(join(d, 'locked', 'inner.yaml'), mini);
    writeFileSync(join(d, 'secret.yaml'), mini);
    chmodSync(join(d, 'locked'), 0o000);
    chmodSync(join(d, 'secret.yaml'), 0o000);
    try {
      const v = await kefu(['validate', d]);
      expect(v.code).toBe(1);
      expect(v.stdout).toMatch(/locked:1:1 {2}error {2}unreadable {2}cannot read the file: permission denied/);
      expect(v.stdout).toMatch(/secret\.yaml:1:1 {2}error {2}unreadable {2}cannot read the file: permission denied/);
      expect(v.stdout).not.toMatch(/YAML mapping/);
      expect(v.stdout + v.stderr).not.toMatch(/internal error/);
      const p = await kefu(['play', join(d, 'secret.yaml'), '--answers', '1', '--no-save']);
      expect(p.code).toBe(1);
      expect(p.stderr).toContain('permission denied');
      expect(p.stderr).not.toMatch(/YAML mapping|internal error/);
    } finally {
      chmodSync(join(d, 'locked'), 0o755);
      chmodSync(join(d, 'secret.yaml'), 0o644);
    }
  });
});

describe('a folder is not a file (finding 12)', () => {
  it('an empty folder named foo.yaml is an error, not "✓ 0 files"', async () => {
    const d = join(fresh(), 'foo.yaml');
    mkdirSync(d);
    const v = await kefu(['validate', d]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('foo.yaml:1:1  error  unreadable  cannot read the file: is a folder, not a file');
    expect(v.stdout).not.toContain('✓');
  });
});

describe("a file's kind comes from its content too", () => {
  it('a quiz file validated from any folder is checked as a quiz, as kefu quiz plays it', async () => {
    const d = join(fresh(), 'some', 'dir');
    mkdirSync(d, { recursive: true });
    const quiz = join(d, 'mini.yaml');
    cpSync(fixture('quiz/quizzes/mini.yaml'), quiz);
    const v = await kefu(['validate', '--format', 'json', quiz]);
    expect(v.stdout).not.toMatch(/missing-field/);
    expect(v.code).toBe(0);
    expect((JSON.parse(v.stdout) as { files: { diagnostics: unknown[] }[] }).files.map((f) => f.diagnostics)).toEqual([[]]);
    // And a quiz check still runs on it: a broken answer is found as in quizzes/.
    writeFileSync(quiz, readFileSync(quiz, 'utf8').replace(/answer: 1\b/, 'answer: 9'));
    const broken = await kefu(['validate', quiz]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).not.toMatch(/missing required field 'nodes'/);
  });
});
