import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fixture, kefu, tempHome } from '../helpers/cli.js';

// Hostile characters, built here: a window-title change (OSC 0), a clipboard write (OSC 52),
// a right-to-left override, DEL, two C1 controls and an isolate.
const OSC0 = '\x1b]0;T\x07';
const OSC52 = '\x1b]52;c;ZXZpbA==\x07';
const RLO = '\u202e';
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

const HOSTILE = `鸭血${RLO}\x85\x7f\u2066${OSC52}`;

/**
 * A data folder someone else wrote: one session of the mini scenario, then its title, the
 * customer's line and the reply overwritten with hostile text behind kefu's back.
 */
async function hostileHome(): Promise<{ home: string; env: Record<string, string> }> {
  const home = tempHome();
  const env = { KEFU_HOME: home, KEFU_TRAINEE: 'wang' };
  expect((await kefu(['play', fixture('engine/duck-blood-mini.yaml'), '--answers', '2,1'], { env })).code).toBe(0);
  const db = new Database(join(home, 'kefu.db'));
  db.prepare('UPDATE sessions SET title = ?, customer_name = ?, trainee = ?').run(HOSTILE, HOSTILE, `wang${HOSTILE}`);
  db.prepare('UPDATE turns SET customer = ?, reply = ?, feedback = ?').run(HOSTILE, HOSTILE, HOSTILE);
  db.close();
  return { home, env };
}

describe('no raw control or bidi character reaches a sink', () => {
  it('kefu list shows a file name with OSC 0 and U+202E escaped, in text and in JSON', async () => {
    const dir = join(tempHome(), 'scenarios');
    mkdirSync(dir);
    const name = `a${OSC0}b${RLO}c.yaml`;
    writeFileSync(join(dir, name), readFileSync(fixture('engine/duck-blood-mini.yaml')));
    const text = await kefu(['list'], { scenariosDir: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(RAW);
    expect(text.stdout).toContain('a\\x1b]0;T\\x07b\\u202ec');
    const json = await kefu(['list', '--json'], { scenariosDir: dir });
    expect(json.stdout).not.toMatch(RAW);
    expect((JSON.parse(json.stdout) as { id: string }[])[0]!.id).toBe(`a${OSC0}b${RLO}c`);
  });

  it.each([
    [['play', `${OSC0}x`]],
    [['play', `${OSC0}x.yaml`]],
    [['play', 'x', '--seed', OSC52]],
    [['play', 'x', '--answers', `1,${OSC0}`]],
    [['validate', `${OSC0}x`]],
    [['quiz', `${OSC0}x.yaml`, '--answer', '1']],
    [['review', `${OSC0}1`]],
    [[`${OSC0}nocommand`]],
    [['play', `--${OSC0}`]],
    [['quiz', '--generated', '--count', `${RLO}3`]],
    [['history', '--limit', `${OSC52}`]],
  ])('a usage error echoing its argument escapes it: %j', async (args) => {
    const r = await kefu(args);
    expect(r.code).toBeGreaterThan(0);
    expect(r.stderr).not.toBe('');
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toMatch(/\\x1b|\\u202e/);
  });

  it('the quiz JSON gives the answer back with C1 and bidi escaped', async () => {
    const quiz = fixture('quiz/quizzes/mini.yaml');
    const answers = ['1', '1,3', 'true', '1,2,3', '1-1,2-2,3-3', `耐心\x85${RLO}\u2067`, '9'];
    const r = await kefu(['quiz', quiz, '--no-save', '--json', ...answers.flatMap((a) => ['--answer', a])]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    const given = (JSON.parse(r.stdout) as { questions: { given: string }[] }).questions.map((q) => q.given);
    expect(given).toContain(`耐心\x85${RLO}\u2067`);
  });

  it('review, export and report --json never pass hostile recorded text on raw', async () => {
    const { home, env } = await hostileHome();
    const review = await kefu(['review', '1'], { env });
    expect(review.code).toBe(0);
    expect(review.stdout).toContain('\\x1b]52');
    expect(review.stdout).not.toMatch(RAW);
    const reviewJson = await kefu(['review', '1', '--json'], { env });
    expect(reviewJson.stdout).not.toMatch(RAW);
    expect((JSON.parse(reviewJson.stdout) as { title: string }).title).toBe(HOSTILE);
    const out = join(home, 'export.json');
    expect((await kefu(['export', '--all', '--out', out], { env })).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toMatch(RAW);
    const report = await kefu(['report', out, '--json'], { env });
    expect(report.code).toBe(0);
    expect(report.stdout).not.toMatch(RAW);
    expect(JSON.stringify(JSON.parse(report.stdout))).toContain(RLO);
    const text = await kefu(['report', out], { env });
    expect(text.stdout).not.toMatch(RAW);
  });
});
