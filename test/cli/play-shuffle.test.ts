import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled } from '../../src/model/random.js';
import { parseExport } from '../../src/progress/export.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { fixture, kefu, tempHome } from '../helpers/cli.js';
import { KEY, kefuInteractive } from '../helpers/tty.js';
import { recordedSessions } from '../helpers/store.js';

const mini = fixture('engine/duck-blood-mini.yaml');
const marker = /How do you reply\?/;
const REPLY_2 = '真不好意思让您久等了，我这就帮您去催。';
const CALMER_2 = '好的。';

/**
 * A seed whose shuffle shows both of the mini scenario's decisions with the authored second
 * reply first: Enter, Enter then plays 2,2, and each reply was seen as number 1.
 */
function seedShowingSecondFirst(): number {
  for (let seed = 1; seed < 10_000; seed++) {
    const random = seededRandom(seed);
    const first = shuffled([1, 2], random);
    const second = shuffled([1, 2], random);
    if (first[0] === 2 && second[0] === 2) return seed;
  }
  throw new Error('no such seed');
}

describe('practice mode shuffles the replies and records the order shown', () => {
  it('plays shuffled, records the order, and review numbers each reply as it was seen', async () => {
    const home = tempHome();
    const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
    const seed = String(seedShowingSecondFirst());
    const r = await kefuInteractive(['play', mini, '--fast', '--seed', seed], [KEY.enter, KEY.enter], { env, promptMarker: marker });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The first reply offered is the authored second one.
    expect(r.stdout).toContain(`1. ${REPLY_2}`);
    expect(r.stdout).toContain(`1. ${CALMER_2}`);
    expect(r.stdout).toMatch(/Outcome: neutral/);

    const [session] = await recordedSessions(home);
    expect(session!.mode).toBe('practice');
    expect(session!.turns.map((t) => [t.choice, t.shown])).toEqual([
      [2, [2, 1]],
      [2, [2, 1]],
    ]);

    const review = await kefu(['review', String(session!.id)], { env });
    expect(review.code).toBe(0);
    expect(review.stdout).toContain(`your reply: 1. ${REPLY_2}  (authored 2)`);
    expect(review.stdout).toContain(`your reply: 1. ${CALMER_2}  (authored 2)`);
    const zh = await kefu(['--lang', 'zh', 'review', String(session!.id)], { env });
    expect(zh.stdout).toContain(`你的回答：1. ${REPLY_2}  （原序第 2 条）`);
    const json = JSON.parse((await kefu(['review', String(session!.id), '--json'], { env })).stdout) as { turns: { choice: number; shown: number[] }[] };
    expect(json.turns.map((t) => [t.choice, t.shown])).toEqual([
      [2, [2, 1]],
      [2, [2, 1]],
    ]);

    // An export keeps the order and reads back with it.
    const exported = (await kefu(['export'], { env })).stdout;
    const doc = parseExport(JSON.parse(exported));
    expect(doc.ok && doc.document.sessions[0]!.turns.map((t) => t.shown)).toEqual([
      [2, 1],
      [2, 1],
    ]);

    // The authored numbers replay the same conversation.
    const replay = JSON.parse((await kefu(['play', mini, '--answers', json.turns.map((t) => t.choice).join(','), '--json', '--no-save'])).stdout) as { ending: string };
    expect(replay.ending).toBe('meh-end');
  });

  it('the same seed repeats the order; --in-order shows the replies as authored and review numbers them so', async () => {
    const home = tempHome();
    const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
    const seed = String(seedShowingSecondFirst());
    await kefuInteractive(['play', mini, '--fast', '--seed', seed], [KEY.enter, KEY.enter], { env, promptMarker: marker });
    await kefuInteractive(['play', mini, '--fast', '--seed', seed], [KEY.enter, KEY.enter], { env, promptMarker: marker });
    const inOrder = await kefuInteractive(['play', mini, '--fast', '--in-order'], [KEY.down + KEY.enter, KEY.enter], { env, promptMarker: marker });
    expect(inOrder.code).toBe(0);
    const [third, second, first] = await recordedSessions(home);
    expect(second!.turns.map((t) => t.shown)).toEqual(first!.turns.map((t) => t.shown));
    expect(third!.turns.map((t) => [t.choice, t.shown])).toEqual([
      [2, [1, 2]],
      [1, [1, 2]],
    ]);
    const review = await kefu(['review', String(third!.id)], { env });
    expect(review.stdout).toContain(`your reply: 2. ${REPLY_2}\n`);
  });

  it('exam mode recaps each reply with the number it was shown with', async () => {
    const seed = String(seedShowingSecondFirst());
    const r = await kefuInteractive(['play', mini, '--fast', '--exam', '--seed', seed, '--no-save'], [KEY.enter, KEY.enter], { promptMarker: marker });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Turn 1  1. ${REPLY_2}`);
    expect(r.stdout).toContain(`Turn 2  1. ${CALMER_2}`);
  });

  it('--answers stays in authored numbers whatever the seed, and records no order', async () => {
    const home = tempHome();
    const plain = await kefu(['play', mini, '--answers', '2,1', '--json', '--no-save']);
    const seeded = await kefu(['play', mini, '--answers', '2,1', '--json', '--no-save', '--seed', '3']);
    expect(seeded.stdout).toBe(plain.stdout);
    await kefu(['play', mini, '--answers', '2,1'], { env: { KEFU_HOME: home } });
    const [session] = await recordedSessions(home);
    expect(session!.turns.map((t) => t.shown)).toEqual([undefined, undefined]);
  });

  it.each([
    [['--in-order', '--exam'], /--in-order cannot be combined with --exam/],
    [['--in-order', '--seed', '4'], /--in-order cannot be combined with --seed/],
  ])('refuses %j: exit 2', async (args, message) => {
    const r = await kefu(['play', mini, ...args], { stdinTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a history written before the order was kept reads back with authored numbers, and takes new turns with it', async () => {
    const home = tempHome();
    const db = new Database(join(home, 'kefu.db'));
    db.exec(MIGRATIONS[0]!);
    db.pragma('user_version = 1');
    db.prepare(
      `INSERT INTO sessions (trainee, scenario, title, file, file_hash, mode, customer_name, personality, methods, start_mood, started_at, status)
       VALUES ('wang', 'duck-blood-mini', 't', ?, 'h', 'practice', '王先生', '{"id":"arrogant","name":"傲慢型","name_en":"Arrogant"}', '[]', 25, '2025-03-01T09:00:00.000Z', 'abandoned')`,
    ).run(mini);
    db.prepare(
      `INSERT INTO turns (session_id, seq, node, customer, choice, reply, moves, faults, mood_before, mood, at)
       VALUES (1, 0, 'complaint', 'c', 2, ?, '[]', '[]', 25, 41, '2025-03-01T09:00:01.000Z')`,
    ).run(REPLY_2);
    db.close();
    const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
    const old = await kefu(['review', '1'], { env });
    expect(old.code).toBe(0);
    expect(old.stdout).toContain(`your reply: 2. ${REPLY_2}\n`);
    const seed = String(seedShowingSecondFirst());
    expect((await kefuInteractive(['play', mini, '--fast', '--seed', seed], [KEY.enter, KEY.enter], { env, promptMarker: marker })).code).toBe(0);
    const [latest, first] = await recordedSessions(home);
    expect(first!.turns[0]!.shown).toBeUndefined();
    expect(latest!.turns[0]!.shown).toEqual([2, 1]);
  });
});
