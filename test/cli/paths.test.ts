import { describe, expect, it } from 'vitest';
import { fixture, kefu } from '../helpers/cli.js';

const fork = fixture('pack/paths-fork.yaml');
const loop = fixture('pack/paths-loop.yaml');

interface Row {
  answers: number[];
  nodes: string[];
  ending: string;
  outcome: string;
  score: number;
  grade: string;
  passed: boolean;
  faults: string[];
  missing: Record<string, string[]>;
  outOfOrder: Record<string, string[]>;
}
const rows = (stdout: string): Row[] => stdout.trimEnd().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);

// paths-fork's ten paths, worked out by hand (easygoing customer: step weights 1, `ignore` 12):
// a third of 100 per step of greet-three, half of it when out of order, capped at 59 when lost.
const ALL = [
  ['1,1', 100],
  ['1,3', 66],
  ['4,1', 66],
  ['1,2', 54],
  ['4,3', 50],
  ['3', 33],
  ['2,1', 21],
  ['2,3', 21],
  ['4,2', 21],
  ['2,2', 0],
];

describe('kefu paths', () => {
  it('--json: one object per line, in the documented shape, best first', async () => {
    const r = await kefu(['paths', fork, '--json', '--limit', '0']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const all = rows(r.stdout);
    expect(all.map((x) => [x.answers.join(','), x.score])).toEqual(ALL);
    expect(all[4]).toEqual({
      answers: [4, 3],
      nodes: ['door', 'browse'],
      ending: 'happy',
      outcome: 'satisfied',
      score: 50,
      grade: 'F',
      passed: false,
      faults: [],
      missing: { 'greet-three': ['thank'] },
      outOfOrder: { 'greet-three': ['ask'] },
    });
    expect(Object.keys(all[0]!)).toEqual(['answers', 'nodes', 'ending', 'outcome', 'score', 'grade', 'passed', 'faults', 'missing', 'outOfOrder']);
    expect(all.at(-1)!.faults).toEqual(['ignore', 'ignore']);
  });

  it('agrees with kefu play --answers --json on every path', async () => {
    for (const row of rows((await kefu(['paths', fork, '--json', '--limit', '0'])).stdout)) {
      const played = JSON.parse((await kefu(['play', fork, '--answers', row.answers.join(','), '--json', '--no-save'])).stdout) as Omit<Row, 'faults'> & { faults: { id: string }[] };
      expect([played.score, played.grade, played.passed, played.outcome, played.faults.map((f) => f.id)]).toEqual([row.score, row.grade, row.passed, row.outcome, row.faults]);
    }
  });

  it('text: the exact count, a table sorted by score and how to see more', async () => {
    const r = await kefu(['paths', fork, '--limit', '3']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('门店接待（路径） (paths-fork): 10 paths in all');
    expect(lines[1]).toBe('the first 3 by score; --limit N shows more, --limit 0 all');
    expect(lines[3]).toMatch(/^answers +ending +outcome +score +grade +faults +missing steps$/);
    expect(lines.slice(4, 7).map((l) => l.split(/\s{2,}/).slice(0, 5))).toEqual([
      ['1,1', 'happy', 'satisfied', '100', 'A'],
      ['1,3', 'happy', 'satisfied', '66', 'D'],
      ['4,1', 'happy', 'satisfied', '66', 'D'],
    ]);
    expect(lines[5]).toMatch(/ thank$/);
    expect(lines[7]).toBe('');
  });

  it('filters: --outcome, --fault, --failed, --passed, and all together', async () => {
    const answers = async (...args: string[]): Promise<string[]> => rows((await kefu(['paths', fork, '--json', '--limit', '0', ...args])).stdout).map((x) => x.answers.join(','));
    expect(await answers('--outcome', 'lost')).toEqual(['1,2', '3', '4,2', '2,2']);
    expect(await answers('--fault', 'ignore')).toEqual(['1,2', '2,1', '2,3', '4,2', '2,2']);
    expect(await answers('--passed')).toEqual(['1,1', '1,3', '4,1']);
    expect(await answers('--failed', '--outcome', 'satisfied')).toEqual(['4,3', '2,1', '2,3']);
    expect(await answers('--fault', 'ignore', '--outcome', 'satisfied', '--failed')).toEqual(['2,1', '2,3']);
    const text = await kefu(['paths', fork, '--fault', 'ignore', '--limit', '2']);
    expect(text.stdout.split('\n').slice(0, 3)).toEqual([
      '门店接待（路径） (paths-fork): 10 paths in all',
      '5 of them match the filter',
      'the first 2 by score; --limit N shows more, --limit 0 all',
    ]);
    expect((await kefu(['paths', fork, '--outcome', 'neutral'])).stdout).toContain('No path matches.');
  });

  it('--count: the exact number, of all paths or of those the filters keep', async () => {
    expect((await kefu(['paths', fork, '--count'])).stdout).toBe('10\n');
    expect((await kefu(['paths', fork, '--count', '--failed'])).stdout).toBe('7\n');
    expect((await kefu(['paths', fork, '--count', '--json'])).stdout).toBe('{"count":10}\n');
  });

  it('refuses a scenario whose loop makes the paths endless, exit 1, in both languages', async () => {
    const en = await kefu(['paths', loop]);
    expect(en.code).toBe(1);
    expect(en.stdout).toBe('');
    expect(en.stderr).toMatch(/paths-loop\.yaml: a loop in this scenario .* endless/);
    const zh = await kefu(['--lang', 'zh', 'paths', loop, '--count']);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toMatch(/^错误：.*路径有无穷多条/);
  });

  it.each([
    [['--limit', 'x'], /--limit takes a whole number \(0: all\), not 'x'/],
    [['--limit', '-1'], /--limit takes a whole number/],
    [['--outcome', 'happy'], /--outcome takes one of satisfied, neutral, lost, escalated, not 'happy'/],
    [['--fault', 'ignor'], /no fault 'ignor' in this scenario's catalogue \(did you mean 'ignore'\?\)/],
    [['--passed', '--failed'], /--passed and --failed cannot be combined/],
  ])('usage error %j: exit 2, nothing on stdout', async (args, message) => {
    const r = await kefu(['paths', fork, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('speaks Chinese: headings, counts and usage errors', async () => {
    const r = await kefu(['--lang', 'zh', 'paths', fork, '--limit', '1']);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['门店接待（路径）（paths-fork）：共 10 条路径', '按得分列出前 1 条；用 --limit N 看更多，--limit 0 看全部']);
    expect(r.stdout).toMatch(/回答 +结局 +结果 +得分 +等级 +失误 +漏掉的步骤/);
    expect(r.stdout).toMatch(/1,1 +happy +满意 +100 +A/);
    const bad = await kefu(['--lang', 'zh', 'paths', fork, '--fault', 'ignor']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('错误：这个情景的失误目录里没有“ignor”（是不是 「ignore」？）。\n');
  });

  it('an unknown scenario is refused as play refuses it; an invalid one with its diagnostics, exit 1', async () => {
    const unknown = await kefu(['paths', 'no-such-scenario']);
    const play = await kefu(['play', 'no-such-scenario', '--answers', '1']);
    expect(unknown.code).toBe(play.code);
    expect(unknown.stderr).toBe(play.stderr);
    const invalid = await kefu(['paths', fixture('play/bad-scenario.yaml')]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/is not a valid scenario/);
  });

  it('lists a bundled scenario by id with the count validate --stats gives', async () => {
    const stats = await kefu(['validate', '--stats', 'scenarios/restroom-dirty.yaml']);
    const count = /(\d+) paths/.exec(stats.stdout)![1];
    expect((await kefu(['paths', 'restroom-dirty', '--count'])).stdout).toBe(`${count}\n`);
    const all = rows((await kefu(['paths', 'restroom-dirty', '--json', '--limit', '0'])).stdout);
    expect(String(all.length)).toBe(count);
    expect(all.map((x) => x.score)).toEqual([...all.map((x) => x.score)].sort((a, b) => b - a));
  });
});
