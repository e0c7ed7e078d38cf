import { describe, expect, it } from 'vitest';
import { fixture, kefu, ROOT, testEnv } from '../helpers/cli.js';

const mini = fixture('quiz/quizzes/mini.yaml');
const sheet = (answers: readonly string[]): string[] => answers.flatMap((a) => ['--answer', a]);
const right = ['1', '1,3', 'true', '1,2,3', '1-1,2-2,3-3', '耐心', '5'];

describe('kefu quiz --answer (scripted)', () => {
  it('prints the result of a known answer sheet as JSON', async () => {
    const r = await kefu(['quiz', mini, ...sheet(['1', '1', '对', '1,3,2', '1-2,2-1,3-3', '  耐心。', '６倍']), '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      quiz: 'mini',
      // (1 + 0.5 + 1 + 0.5 + 1/3 + 1 + 1) / 7 = 5.333… / 7 = 76.19 %
      score: 76,
      total: 7,
      correct: 4,
      questions: [
        { id: 'return-days', type: 'single', correct: true, credit: 1, given: '1', expected: '1' },
        { id: 'empathy-phrases', type: 'multiple', correct: false, credit: 0.5, given: '1', expected: '1,3' },
        { id: 'feelings-first', type: 'true-false', correct: true, credit: 1, given: 'true', expected: 'true' },
        { id: 'three-step-order', type: 'order', correct: false, credit: 0.5, given: '1,3,2', expected: '1,2,3' },
        { id: 'type-strategy', type: 'match', correct: false, credit: 0.3333, given: '1-2,2-1,3-3', expected: '1-1,2-2,3-3' },
        { id: 'patience', type: 'text', correct: true, credit: 1, given: '  耐心。', expected: '耐心' },
        { id: 'new-customer-cost', type: 'number', correct: true, credit: 1, given: '6', expected: '5' },
      ],
      tags: {
        figures: { score: 100, correct: 1, total: 1 },
        methods: { score: 66, correct: 1, total: 3 },
        personalities: { score: 33, correct: 0, total: 1 },
        phrasing: { score: 100, correct: 1, total: 1 },
        sanbao: { score: 100, correct: 1, total: 1 },
      },
    });
  });

  it('scores 100 for the right answers, and the expected answers are valid answers', async () => {
    const r = await kefu(['quiz', mini, ...sheet(right), '--json']);
    const result = JSON.parse(r.stdout) as { score: number; correct: number; questions: { expected: string }[] };
    expect(result.score).toBe(100);
    expect(result.correct).toBe(7);
    const again = await kefu(['quiz', mini, ...sheet(result.questions.map((q) => q.expected)), '--json']);
    expect((JSON.parse(again.stdout) as { score: number }).score).toBe(100);
  });

  it('prints the end screen without --json', async () => {
    const r = await kefu(['quiz', mini, ...sheet(['2', ...right.slice(1)])]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Score: 85 /);
    expect(r.stdout).toMatch(/sanbao +░{10} +0 {2}0\/1/);
    expect(r.stdout).toMatch(/✗ 三包规定几天内可以退货？ \(return-days\)\n {4}Right answer: 1\. 1–7 天/);
  });

  it('takes answers in shuffled order with --seed, the same order every time', async () => {
    const order = async (): Promise<string[]> => {
      const r = await kefu(['quiz', mini, '--seed', '3', '--answer', 'x']);
      expect(r.code).toBe(2);
      return /in order \(([^)]+)\)/.exec(r.stderr)![1]!.split(', ');
    };
    const ids = await order();
    expect(await order()).toEqual(ids);
    const authored = ['return-days', 'empathy-phrases', 'feelings-first', 'three-step-order', 'type-strategy', 'patience', 'new-customer-cost'];
    expect(ids).not.toEqual(authored);
    expect([...ids].sort()).toEqual([...authored].sort());
    const r = await kefu(['quiz', mini, '--seed', '3', ...sheet(ids.map((id) => right[authored.indexOf(id)]!)), '--json']);
    const result = JSON.parse(r.stdout) as { score: number; questions: { id: string }[] };
    expect(result.score).toBe(100);
    expect(result.questions.map((q) => q.id)).toEqual(ids);
  });

  it('selects by --tag and --count', async () => {
    const r = await kefu(['quiz', mini, '--tag', 'methods', '--count', '2', '--answer', '1,3', '--answer', 'true', '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { questions: { id: string }[]; tags: Record<string, unknown> };
    expect(result.questions.map((q) => q.id)).toEqual(['empathy-phrases', 'feelings-first']);
    expect(Object.keys(result.tags)).toEqual(['methods']);
  });

  it.each([
    ['single out of range', 0, '4', /answer 1 \('4'\) does not fit question 'return-days' \(single\): it takes one option number from 1 to 3/],
    ['multiple with a letter', 1, '1,c', /question 'empathy-phrases' \(multiple\): it takes option numbers from 1 to 4 joined by commas/],
    ['true-false as a word', 2, 'maybe', /question 'feelings-first' \(true-false\): it takes true or false \(also 对 or 错\)/],
    ['order missing an item', 3, '1,2', /question 'three-step-order' \(order\): it takes the item numbers 1 to 3 as authored, each once/],
    ['match without pairs', 4, '1,2,3', /question 'type-strategy' \(match\): it takes left-right number pairs as authored/],
    ['empty text', 5, ' ', /question 'patience' \(text\): it takes the answer as text/],
    ['number as words', 6, 'five', /question 'new-customer-cost' \(number\): it takes a number/],
  ])('a malformed answer is a usage error naming the question and the form: %s', async (_name, at, bad, message) => {
    const answers = [...right];
    answers[at] = bad;
    const r = await kefu(['quiz', mini, ...sheet(answers), '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it.each([
    [['quiz', mini, '--answer', '1'], /1 answers? given for 7 questions?/],
    [['quiz', mini, '--json'], /--json needs --answer/],
    [['quiz', '--answer', '1'], /--answer needs the questions/],
    [['quiz', 'no-such-quiz', '--answer', '1'], /unknown quiz 'no-such-quiz'/],
    [['quiz', 'service-basic', '--answer', '1'], /did you mean 'service-basics'/],
    [['quiz', mini, '--seed', 'x', '--answer', '1'], /--seed takes a whole number/],
    [['quiz', mini, '--count', '0', '--answer', '1'], /--count takes a whole number of at least 1/],
    [['quiz', mini, '--tag', 'method', '--answer', '1'], /no question in 'mini' has the tag 'method' \(did you mean 'methods'\?\)/],
    [['quiz', '--generated', '--all', '--answer', '1'], /choose --generated or --all/],
    [['quiz', mini, '--generated'], /cannot be combined/],
    [['quiz', mini], /standard input is not a terminal/],
  ])('usage error: %j', async (args, message) => {
    const r = await kefu(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('refuses an invalid quiz file with its diagnostics (exit 1)', async () => {
    const r = await kefu(['quiz', fixture('quiz/broken/quizzes/order-too-few.yaml'), '--answer', '1,2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/order-too-few\.yaml:8:12 {2}error {2}too-few-items/);
  });

  it('plays a shipped quiz by id', async () => {
    const probe = await kefu(['quiz', 'service-basics', '--answer', 'x']);
    expect(probe.code).toBe(2);
    expect(probe.stderr).toMatch(/answers? given for \d+ questions?|does not fit question/);
  });
});

describe('kefu quiz --generated (scripted)', () => {
  it('without --seed keeps the generated order and options fixed, so an answer sheet fits every time', async () => {
    const { bundledGeneratedQuestions } = await import('../../src/cli/quiz.js');
    const { seededRandom } = await import('../../src/model/random.js');
    const { expectedResponse } = await import('../../src/quiz/grade.js');
    const { formatResponse } = await import('../../src/quiz/answer.js');
    const questions = bundledGeneratedQuestions(ROOT, seededRandom(1), 'en');
    const answers = questions.map((q) => formatResponse(expectedResponse(q.question)));
    for (let i = 0; i < 2; i++) {
      const r = await kefu(['quiz', '--generated', ...sheet(answers), '--json']);
      expect(r.stderr).toBe('');
      const result = JSON.parse(r.stdout) as { quiz: string; score: number; questions: { id: string }[] };
      expect(result.quiz).toBe('generated');
      expect(result.score).toBe(100);
      expect(result.questions.map((q) => q.id)).toContain('gen:order:emotional-three-step');
    }
  });
});

describe('quiz hooks', () => {
  it('restricts the questions to `only` (kept in authored order) and reports every answer to `onAnswer`, in order', async () => {
    const { PassThrough } = await import('node:stream');
    const { quizCommand } = await import('../../src/cli/quiz.js');
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d: Buffer) => (out += d.toString()));
    const stdin = Object.assign(new PassThrough(), { isTTY: false });
    const io = { stdin, stdout, stderr: new PassThrough(), env: testEnv({ NO_COLOR: '1' }), cwd: ROOT };
    const heard: [string, boolean][] = [];
    const code = await quizCommand(
      { io, lang: 'en' },
      [mini],
      { answer: ['2', '1-1,2-2,3-3'], json: true },
      { only: ['return-days', 'type-strategy'], onAnswer: (id, correct) => void heard.push([id, correct]) },
    );
    expect(code).toBe(0);
    expect(heard).toEqual([
      ['return-days', false],
      ['type-strategy', true],
    ]);
    expect((JSON.parse(out) as { total: number }).total).toBe(2);
  });
});
