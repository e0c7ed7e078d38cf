import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { fixture, kefu, ROOT } from '../helpers/cli.js';

interface JsonOut {
  files: { file: string; diagnostics: { code: string; severity: string; file: string; line: number; column: number; message: string }[]; stats?: Record<string, unknown> }[];
  errors: number;
  warnings: number;
}

const F = (name: string): string => fixture(`validate/${name}`);

describe('kefu validate', () => {
  it('text: file:line:column  severity  code  message, then a summary; exit 1 on an error', async () => {
    const r = await kefu(['validate', F('missing-node.yaml')]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe("test/fixtures/validate/missing-node.yaml:24:15  error  missing-node  next: there is no node 'hapy' (did you mean 'happy'?)");
    expect(lines.at(-1)).toBe('✗ 1 file checked: 1 error, 0 warnings');
    expect(r.stderr).toBe('');
  });

  it('warnings alone exit 0; --strict turns them into errors and exits 1', async () => {
    const plain = await kefu(['validate', F('single-choice.yaml')]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/ {2}warning {2}single-choice {2}/);
    const strict = await kefu(['validate', '--strict', F('single-choice.yaml')]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/ {2}error {2}single-choice {2}/);
  });

  it('json: {"files":[{"file","diagnostics"}],"errors","warnings"} on stdout', async () => {
    const r = await kefu(['validate', '--format', 'json', F('unwinnable.yaml'), F('missing-node.yaml')]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out).toMatchObject({ errors: 1, warnings: 1 });
    expect(out.files.map((f) => f.file)).toEqual(['test/fixtures/validate/unwinnable.yaml', 'test/fixtures/validate/missing-node.yaml']);
    expect(out.files[0]?.diagnostics[0]).toEqual({
      code: 'unwinnable',
      severity: 'warning',
      message: expect.stringContaining('95') as unknown,
      file: 'test/fixtures/validate/unwinnable.yaml',
      line: 24,
      column: 18,
    });
  });

  it('github: ::error/::warning annotations with escaped properties and data', async () => {
    const r = await kefu(['validate', '--format', 'github', F('missing-node.yaml'), F('single-choice.yaml')]);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      "::error file=test/fixtures/validate/missing-node.yaml,line=24,col=15,title=missing-node::next: there is no node 'hapy' (did you mean 'happy'?)",
      "::warning file=test/fixtures/validate/single-choice.yaml,line=25,col=7,title=single-choice::node 'talk' offers one reply only: there is nothing to decide",
    ]);
  });

  it('--stats: nodes, decisions, endings by outcome, paths, best and worst score', async () => {
    const text = await kefu(['validate', '--stats', F('clean.yaml')]);
    expect(text.stdout).toContain('test/fixtures/validate/clean.yaml  4 nodes · 2 decisions · endings: 1 satisfied, 1 lost · 3 paths · score 0–100');
    const json = JSON.parse((await kefu(['validate', '--stats', '--format', 'json', F('clean.yaml')])).stdout) as JsonOut;
    expect(json.files[0]?.stats).toEqual({ nodes: 4, decisions: 2, endings: { satisfied: 1, neutral: 0, lost: 1, escalated: 0 }, paths: '3', best: 100, worst: 0 });
  });

  it('walks folders for *.yaml and *.yml and checks each file against its folder catalogue', async () => {
    const r = await kefu(['validate', '--format', 'json', F('duplicate-id')]);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.files.map((f) => f.file)).toEqual(['test/fixtures/validate/duplicate-id/methods/same.yaml', 'test/fixtures/validate/duplicate-id/methods/same.yml']);
  });

  it('defaults to scenarios/ in the working directory', async () => {
    const r = await kefu(['validate', '--format', 'json']);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.files.length).toBeGreaterThan(0);
    expect(out.files.every((f) => f.file.startsWith('scenarios/'))).toBe(true);
  });

  it.each([
    ['an unknown flag', ['validate', '--strcit']],
    ['an unknown format', ['validate', '--format', 'xml']],
    ['a path that does not exist', ['validate', 'nowhere/']],
  ])('%s is a usage error: exit 2', async (_n, args) => {
    const r = await kefu(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('colours the text format when asked to, and never the other formats', async () => {
    const coloured = await kefu(['validate', F('missing-node.yaml')], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[31merror');
    const json = await kefu(['validate', '--format', 'json', F('missing-node.yaml')], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(json.stdout).not.toContain('\u001b[');
  });

  it('shows a spinner on a terminal when checking more than a handful of files, and nothing else on stderr', async () => {
    const stdout = new PassThrough();
    // Enough of a terminal for the spinner: it moves the cursor to redraw its line.
    const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 80, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    let err = '';
    let out = '';
    stderr.on('data', (d: Buffer) => (err += d.toString()));
    stdout.on('data', (d: Buffer) => (out += d.toString()));
    const stdin = new PassThrough();
    stdin.end();
    const io: Io = { stdin, stdout, stderr, env: { NO_COLOR: '1', LANG: 'en_US.UTF-8' }, cwd: ROOT };
    const code = await run(['validate', F('')], io);
    expect(code).toBe(1);
    expect(err).toMatch(/checking \d+ files/);
    expect(out).toMatch(/files checked/);
    // Not a terminal: no spinner at all.
    const piped = await kefu(['validate', F('')]);
    expect(piped.stderr).toBe('');
  });

  it('checks quiz files with the quiz checks, question ids across files included', async () => {
    const r = await kefu(['validate', '--format', 'json', F('quizzes')]);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(out.files.map((f) => [f.file, f.diagnostics.map((d) => [d.code, d.line, d.column])])).toEqual([
      ['test/fixtures/validate/quizzes/first.yaml', []],
      ['test/fixtures/validate/quizzes/second.yaml', [['duplicate-question-id', 5, 9]]],
    ]);
  });

  it('speaks the interface language around the diagnostics, which stay in English', async () => {
    const r = await kefu(['--lang', 'zh', 'validate', '--stats', F('single-choice.yaml')]);
    expect(r.stdout).toContain('single-choice  node');
    expect(r.stdout).toContain('4 个节点 · 2 个抉择 · 结局：满意 1、流失 1 · 3 条路径 · 得分 0–100');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('! 已检查 1 个文件：0 个错误，1 个警告');
  });

  it('makes text from files safe to print', async () => {
    const r = await kefu(['validate', F('control-characters.yaml')]);
    expect(r.stdout).not.toContain('\u202e');
  });
});
