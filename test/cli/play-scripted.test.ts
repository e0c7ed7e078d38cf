import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, kefu } from '../helpers/cli.js';

const mini = fixture('engine/duck-blood-mini.yaml');

describe('kefu play --answers', () => {
  it('prints one JSON object for a perfect path', async () => {
    const r = await kefu(['play', mini, '--answers', '2,1', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ scenario: 'duck-blood-mini', ending: 'happy-end', outcome: 'satisfied', score: 100, grade: 'A', passed: true });
    expect(result.mood).toEqual({ start: 25, end: 49, trace: [25, 41, 49] });
  });

  it('reports the faults of a faulty path and caps an escalated ending below 60', async () => {
    const r = await kefu(['play', mini, '--answers', '1', '--json']);
    const result = JSON.parse(r.stdout) as { score: number; outcome: string; faults: { id: string; node: string; penalty: number }[] };
    expect(result.outcome).toBe('escalated');
    expect(result.score).toBeLessThan(60);
    expect(result.faults).toEqual([
      { id: 'dont-be-anxious', node: 'complaint', penalty: 8 },
      { id: 'shift-blame', node: 'complaint', penalty: 22.5 },
    ]);
  });

  it.each([
    [['--answers', '3'], /node 'complaint' has 2 replies/],
    [['--answers', '2'], /ran out .* at node 'calmer', which has 2 replies/],
    [['--answers', '2,1,1'], /too many answers/],
    [['--answers', 'a,b'], /reply numbers separated by commas/],
    [['--answers', '0'], /reply numbers separated by commas/],
  ])('%j is a usage error', async (extra, message) => {
    const r = await kefu(['play', mini, ...extra]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('suggests the nearest ids for an unknown scenario', async () => {
    const r = await kefu(['play', 'duck-blood-minii', '--answers', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown scenario 'duck-blood-minii'/);
  });

  it('refuses to prompt when stdin is not a terminal', async () => {
    const r = await kefu(['play', mini]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a terminal/);
  });
});

describe('usage errors', () => {
  it.each([
    [['plya'], /unknown command 'plya' \(did you mean 'play'\?\)/],
    [['play', '--answers', '1'], /--answers needs a scenario/],
    [['play', '--json'], /--json needs --answers/],
    [['--lang', 'fr', 'list'], /Allowed choices are zh, en/],
    [['play', '--nope'], /unknown option '--nope'/],
  ])('%j exits 2', async (args, message) => {
    const r = await kefu(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  describe('many answers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-answers-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const loop = join(dir, 'loop.yaml');
    writeFileSync(
      loop,
      [
        'id: loop',
        'title: Loop',
        'summary: One question, asked until the answer is right.',
        'locale: en',
        'difficulty: 1',
        'customer: { name: Ann, personality: easygoing, mood: 50 }',
        'methods: [emotional-three-step]',
        'start: ask',
        'nodes:',
        '  ask:',
        '    customer: Again?',
        '    choices:',
        '      - { reply: Once more., next: ask }',
        '      - { reply: Done., moves: [willingness, empathy, responsibility], next: won }',
        '  won: { customer: Thanks., ending: satisfied }',
        '',
      ].join('\n'),
    );

    it('10,000 answers around a loop are played', async () => {
      const answers = [...Array.from({ length: 9_999 }, () => '1'), '2'].join(',');
      const r = await kefu(['play', loop, '--answers', answers, '--json', '--no-save']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { outcome: string }).outcome).toBe('satisfied');
    });

    it('more than 10,000 answers are a usage error, before the scenario is read', async () => {
      const r = await kefu(['play', loop, '--answers', Array.from({ length: 60_001 }, () => '1').join(','), '--no-save']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/at most 10,000 replies; 60,001 were given/);
    });
  });

  it('a scenario whose start is an ending is refused, as validate refuses it', async () => {
    const r = await kefu(['play', fixture('validate/start-is-ending.yaml'), '--answers', '1', '--no-save']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/start-is-ending/);
  });
});
