import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CardRecord } from '../../src/quiz/records.js';
import { Store } from '../../src/store/store.js';
import { fixture, kefu, tempHome } from '../helpers/cli.js';
import { KEY, kefuInteractive } from '../helpers/tty.js';

const mini = fixture('quiz/quizzes/mini.yaml');
const sheet = (answers: readonly string[]): string[] => answers.flatMap((a) => ['--answer', a]);
/** Each question of the mini quiz, in authored order, with its right answer. */
const RIGHT: readonly (readonly [string, string])[] = [
  ['return-days', '1'],
  ['empathy-phrases', '1,3'],
  ['feelings-first', 'true'],
  ['three-step-order', '1,2,3'],
  ['type-strategy', '1-1,2-2,3-3'],
  ['patience', '耐心'],
  ['new-customer-cost', '5'],
];
const right = (id: string): string => RIGHT.find(([q]) => q === id)![1];
const t0 = new Date('2025-03-03T09:00:00.000Z');
const DAY = 86_400_000;
const at = (days: number): Date => new Date(t0.getTime() + days * DAY);

async function cards(home: string, trainee = 'wang'): Promise<Map<string, CardRecord>> {
  const store = (await Store.open(join(home, 'kefu.db'), { create: false }))!;
  try {
    return new Map(store.cards(trainee).map((c) => [c.question, c]));
  } finally {
    store.close();
  }
}

async function answers(home: string, trainee = 'wang'): Promise<ReturnType<Store['answers']>> {
  const store = (await Store.open(join(home, 'kefu.db'), { create: false }))!;
  try {
    return store.answers(trainee);
  } finally {
    store.close();
  }
}

/** The due questions' ids, in the order --due asks them, from the usage error an answer sheet too long gives. */
async function dueOrder(home: string, now: Date): Promise<string[]> {
  const r = await kefu(['quiz', mini, '--due', ...sheet(Array<string>(20).fill('x'))], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' }, now });
  if (r.code === 0) return [];
  expect(r.stderr).toMatch(/^error: 20 answers? given/);
  return /in order \(([^)]+)\)/.exec(r.stderr)![1]!.split(', ');
}

describe('kefu quiz records every answer and schedules its review', () => {
  it('records each answer with its credit and a card per question', async () => {
    const home = tempHome();
    const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
    const r = await kefu(['quiz', mini, ...sheet(['2', '1', ...RIGHT.slice(2).map(([, a]) => a)]), '--json'], { env, now: t0 });
    expect(r.code).toBe(0);
    expect((await answers(home)).map((a) => [a.question, a.correct, a.credit, a.quiz, a.answeredAt])).toEqual([
      ['return-days', false, 0, 'mini', t0.toISOString()],
      ['empathy-phrases', false, 0.5, 'mini', t0.toISOString()],
      ...RIGHT.slice(2).map(([id]) => [id, true, 1, 'mini', t0.toISOString()]),
    ]);
    const c = await cards(home);
    expect(c.size).toBe(7);
    // Wrong comes back first, partly right next, right last.
    const due = (id: string): number => Date.parse(c.get(id)!.due);
    expect(due('return-days')).toBeLessThan(due('empathy-phrases'));
    expect(due('empathy-phrases')).toBeLessThan(due('patience'));
    expect(due('return-days')).toBeGreaterThan(t0.getTime());
  });

  it('an interactive quiz records each answer as it is given', async () => {
    const home = tempHome();
    const r = await kefuInteractive(['quiz', mini, '--tag', 'sanbao'], [KEY.enter], { env: { KEFU_HOME: home, KEFU_TRAINEE: 'wang' }, now: t0 });
    expect(r.code).toBe(0);
    expect((await answers(home)).map((a) => [a.question, a.correct, a.credit])).toEqual([['return-days', true, 1]]);
    expect((await cards(home)).get('return-days')).toMatchObject({ reps: 1, lastReview: t0.toISOString() });
  });

  it('--due asks only what is due, and right answers push each due date further', async () => {
    const home = tempHome();
    const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
    await kefu(['quiz', mini, ...sheet(RIGHT.map(([, a]) => a))], { env, now: t0 });
    const first = await cards(home);
    const firstDue = Date.parse(first.get('patience')!.due);
    expect(firstDue).toBeGreaterThan(at(1).getTime());

    // A day later nothing is due, and kefu says when the next one is.
    const early = await kefu(['quiz', mini, '--due'], { env, now: at(1) });
    expect(early.code).toBe(0);
    expect(early.stdout).toMatch(/^Nothing is due for review now\. The next question is due \d{4}-\d\d-\d\d \d\d:\d\d\.\n$/);

    // When they fall due, all seven come back; answered right again, each is due later than before, by a longer interval.
    const when = new Date(firstDue);
    const order = await dueOrder(home, when);
    expect([...order].sort()).toEqual(RIGHT.map(([id]) => id).sort());
    const r = await kefu(['quiz', mini, '--due', ...sheet(order.map(right)), '--json'], { env, now: when });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ quiz: 'mini', score: 100, total: 7 });
    const second = await cards(home);
    for (const [id, card] of second) {
      const before = first.get(id)!;
      expect(Date.parse(card.due)).toBeGreaterThan(Date.parse(before.due));
      expect(Date.parse(card.due) - when.getTime()).toBeGreaterThan(Date.parse(before.due) - t0.getTime());
      expect(card.reps).toBe(2);
    }
    expect(await dueOrder(home, when)).toEqual([]);
  });

  it('a question answered wrong comes back on its own the next day, and most recently due first with --count', async () => {
    const home = tempHome();
    const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
    await kefu(['quiz', mini, ...sheet(['3', ...RIGHT.slice(1).map(([, a]) => a)])], { env, now: t0 });
    expect(await dueOrder(home, at(1))).toEqual(['return-days']);
    // Days later: everything is due; return-days fell due first, so it comes last.
    const order = await dueOrder(home, at(30));
    expect(order).toHaveLength(7);
    expect(order[6]).toBe('return-days');
    const r = await kefu(['quiz', mini, '--due', '--count', '2', ...sheet(order.slice(0, 2).map(right)), '--json'], { env, now: at(30) });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { questions: { id: string }[] }).questions.map((q) => q.id)).toEqual(order.slice(0, 2));
  });

  it('a card whose question is gone is skipped, not deleted', async () => {
    const home = tempHome();
    const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
    const copy = join(home, 'mini.yaml');
    copyFileSync(mini, copy);
    await kefu(['quiz', copy, ...sheet(RIGHT.map(([, a]) => a))], { env, now: t0 });
    const text = readFileSync(copy, 'utf8');
    const cut = text.indexOf('  - id: empathy-phrases');
    writeFileSync(copy, text.slice(0, text.indexOf('  - id: return-days')) + text.slice(cut));
    const r = await kefu(['quiz', copy, '--due', '--answer', 'x'], { env, now: at(60) });
    expect(r.stderr).toMatch(/for 6 questions?/);
    expect(r.stderr).not.toMatch(/return-days/);
    expect((await cards(home)).has('return-days')).toBe(true);
  });

  it('--no-save records nothing, and cannot go with --due', async () => {
    const home = join(tempHome(), 'data');
    const r = await kefu(['quiz', mini, ...sheet(RIGHT.map(([, a]) => a)), '--no-save'], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(0);
    expect(existsSync(home)).toBe(false);
    const both = await kefu(['quiz', mini, '--due', '--no-save'], { env: { KEFU_HOME: home } });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--due .* cannot be combined with --no-save/);
  });

  it('with nothing ever answered, --due says to take a quiz first; with --json the word goes to stderr', async () => {
    const home = tempHome();
    const r = await kefu(['quiz', mini, '--due'], { env: { KEFU_HOME: home } });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^No question here answered yet/);
    const json = await kefu(['quiz', mini, '--due', '--answer', '1', '--json'], { env: { KEFU_HOME: home } });
    expect(json).toMatchObject({ code: 0, stdout: '' });
    expect(json.stderr).toMatch(/^No question here answered yet/);
  });

  it('a corrupt database stops the quiz before the first question, untouched', async () => {
    const home = tempHome();
    writeFileSync(join(home, 'kefu.db'), 'garbage'.repeat(100));
    const r = await kefu(['quiz', mini, ...sheet(RIGHT.map(([, a]) => a))], { env: { KEFU_HOME: home } });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/is not a database kefu can read: .* Or run without saving: --no-save\.\n$/);
    expect(readFileSync(join(home, 'kefu.db'), 'utf8')).toBe('garbage'.repeat(100));
  });
});
