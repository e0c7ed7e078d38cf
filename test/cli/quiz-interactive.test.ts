import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { loadQuizSource } from '../../src/quiz/load.js';
import { parseSource } from '../../src/scenario/source.js';
import { fixture, ROOT, testEnv } from '../helpers/cli.js';
import { KEY } from '../helpers/tty.js';

const miniPath = fixture('quiz/quizzes/mini.yaml');
const mini = loadQuizSource(parseSource(readFileSync(miniPath), 'mini.yaml')).value!;

// eslint-disable-next-line no-control-regex
const strip = (s: string): string => s.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/**
 * Runs kefu against a fake terminal and answers each prompt as it appears: once the output has
 * grown and then stayed still for a moment, `answer` sees everything written so far (ANSI
 * stripped) and returns the keys to send.
 */
async function drive(args: readonly string[], answer: (screen: string, n: number) => string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean; setRawMode?: (m: boolean) => void };
  stdin.isTTY = true;
  stdin.setRawMode = () => undefined;
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  let changed = Date.now();
  stdout.on('data', (d: Buffer) => {
    out += d.toString();
    changed = Date.now();
  });
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const io: Io = { stdin, stdout, stderr, env: testEnv(env), cwd: ROOT };
  let answeredAt = 0;
  let n = 0;
  const timer = setInterval(() => {
    if (out.length > answeredAt && Date.now() - changed > 60) {
      answeredAt = out.length;
      stdin.write(answer(strip(out), n++));
    }
  }, 15);
  try {
    const code = await run(args, io);
    return { code, stdout: strip(out), stderr: err };
  } finally {
    clearInterval(timer);
  }
}

/** The rows of the latest render of a list prompt after `message`: the text after "N. " or "A. ". */
function latestRows(screen: string, message: string): string[] {
  const at = screen.lastIndexOf(message);
  const rows: string[] = [];
  for (const line of screen.slice(at).split('\n').slice(1)) {
    const m = /^(?:❯|⇅| )?\s*(?:\d+|[A-Z])\. (.*)$/.exec(line);
    if (!m) break;
    rows.push(m[1]!.trim());
  }
  return rows;
}

/** Keys that sort the shown rows into `target` with the order prompt: carry each item up to its place. */
export function orderKeys(shown: readonly string[], target: readonly string[]): string {
  const rows = [...shown];
  let cursor = 0;
  let keys = '';
  for (let t = 0; t < target.length; t++) {
    const r = rows.indexOf(target[t]!);
    keys += (r > cursor ? KEY.down : KEY.up).repeat(Math.abs(r - cursor));
    keys += KEY.space + KEY.up.repeat(r - t) + KEY.space;
    rows.splice(t, 0, ...rows.splice(r, 1));
    cursor = t;
  }
  return keys + KEY.enter;
}

/** Answers the mini quiz: every question right, whichever order it is shown in. */
function rightAnswers(screen: string): string {
  const last = screen.slice(screen.lastIndexOf('Question '));
  const q = mini.questions.find((x) => last.includes(x.prompt))!;
  switch (q.type) {
    case 'single':
      return KEY.down.repeat(q.answer - 1) + KEY.enter;
    case 'multiple':
      return q.options.map((_, i) => (q.answer.includes(i + 1) ? KEY.space : '') + KEY.down).join('') + KEY.enter;
    case 'true-false':
      return q.answer ? KEY.enter : KEY.down + KEY.enter;
    case 'order':
      return orderKeys(latestRows(screen, 'Put them in order'), q.items);
    case 'match': {
      const asked = [...screen.matchAll(/\? “(.+?)” goes with/g)].at(-1)?.[1];
      const pair = q.pairs.find((p) => p.left === asked)!;
      const rows = latestRows(screen, `? “${pair.left}” goes with`);
      return KEY.down.repeat(Math.max(0, rows.indexOf(pair.right))) + KEY.enter;
    }
    case 'text':
      return `${q.answers[0]}\r`;
    case 'number':
      return `${q.answer}\r`;
  }
}

describe('kefu quiz (interactive)', () => {
  it('plays the mini quiz end to end through the real prompts: every answer right', async () => {
    const r = await drive(['quiz', miniPath, '--seed', '4'], rightAnswers);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Question 1 of 7');
    expect(r.stdout.match(/✓ Right/g)).toHaveLength(7);
    expect(r.stdout).toContain('七天内退货。');
    expect(r.stdout).toMatch(/Score: 100 +██████████ +7 of 7 fully right/);
    expect(r.stdout).toContain('All right!');
  });

  it('shows wrong and partly right answers with the right answer, and lists them at the end', async () => {
    const r = await drive(['quiz', miniPath], (screen) => {
      const last = screen.slice(screen.lastIndexOf('Question '));
      if (last.includes('Put them in order')) return KEY.enter; // as shown: shuffled, so not right
      if (last.includes('Type a number')) return '９\r';
      if (last.includes('Your answer')) return '着急\r';
      return rightAnswers(screen);
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✗ Wrong\n {2}Right answer: 耐心/);
    expect(r.stdout).toMatch(/Right answer: 5 ± 1/);
    expect(r.stdout).toMatch(/Score: \d+ .* 4 of 7 fully right/);
    expect(r.stdout).toMatch(/Not fully right\n.*\(three-step-order\)/s);
  });

  it('in exam mode keeps the verdicts for the review at the end', async () => {
    const r = await drive(['quiz', miniPath, '--exam', '--seed', '9'], rightAnswers);
    expect(r.code).toBe(0);
    const review = r.stdout.indexOf('Review');
    expect(review).toBeGreaterThan(0);
    expect(r.stdout.slice(0, review)).not.toContain('✓ Right');
    expect(r.stdout.slice(review).match(/✓ Right/g)).toHaveLength(7);
  });

  it('refuses input that is not a number and asks again', async () => {
    const r = await drive(['quiz', miniPath], (screen, n) => {
      const last = screen.slice(screen.lastIndexOf('Question '));
      if (last.includes('Type a number')) return last.includes('Please type a number') ? `${'\x7f'.repeat(4)}5\r` : 'five\r';
      return n > 20 ? KEY.ctrlC : rightAnswers(screen);
    });
    expect(r.stdout).toContain('Please type a number');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/7 of 7 fully right/);
  });

  it('exits with 130 on Ctrl-C', async () => {
    const r = await drive(['quiz', miniPath], () => KEY.ctrlC);
    expect(r.code).toBe(130);
  });

  it('speaks Chinese with --lang zh', async () => {
    const r = await drive(['--lang', 'zh', 'quiz', miniPath, '--count', '1', '--tag', 'sanbao'], () => KEY.enter);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('第 1/1 题');
    expect(r.stdout).toContain('✓ 答对了');
    expect(r.stdout).toMatch(/得分：100/);
  });

  it('without a quiz asks which one, then plays the generated questions', async () => {
    const r = await drive(['quiz', '--seed', '2'], (screen, n) => {
      if (n === 0) {
        const rows = screen.slice(screen.lastIndexOf('Pick a quiz')).split('\n').slice(1);
        return KEY.down.repeat(Math.max(0, rows.findIndex((row) => row.includes('Generated:')))) + KEY.enter;
      }
      return KEY.ctrlC;
    });
    expect(r.stdout).toContain('Pick a quiz');
    expect(r.stdout).toMatch(/Generated: service methods, customer types and scenario replies {2}· {2}practice mode/);
    expect(r.stdout).toContain('Question 1 of');
    expect(r.code).toBe(130);
  });
});
