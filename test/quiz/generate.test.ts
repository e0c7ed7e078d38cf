import { describe, expect, it } from 'vitest';
import { bundledDir, catalogueLibrary, loadPlayableScenario, readCatalogue } from '../../src/cli/files.js';
import { seededRandom } from '../../src/model/random.js';
import { quizChecks } from '../../src/quiz/checks/index.js';
import { generateQuestions } from '../../src/quiz/generate.js';
import { expectedResponse, gradeResponse } from '../../src/quiz/grade.js';
import type { Question, QuestionOf, Quiz } from '../../src/quiz/schema.js';
import type { Scenario } from '../../src/model/schema.js';
import { compileScenario } from '../../src/scenario/compile.js';
import { buildLibrary } from '../../src/scenario/library.js';
import { fixture, ROOT } from '../helpers/cli.js';
import { emotional, faults, plain, touchy } from '../helpers/library.js';

const { library } = catalogueLibrary(readCatalogue(bundledDir(), ROOT));
const duck = loadPlayableScenario(fixture('engine/duck-blood-mini.yaml'), ROOT).compiled;
const generate = (seed: number, lang: 'zh' | 'en' = 'zh'): Question[] =>
  generateQuestions({ library, scenarios: [duck] }, { random: seededRandom(seed), lang }).map((q) => q.question);
const byId = (questions: readonly Question[], id: string): Question | undefined => questions.find((q) => q.id === id);

describe('generated questions', () => {
  const questions = generate(1);

  it('orders the steps of every shipped method', () => {
    expect(library.methods.size).toBeGreaterThanOrEqual(2);
    for (const method of library.methods.values()) {
      const q = byId(questions, `gen:order:${method.id}`) as QuestionOf<'order'>;
      expect(q.type).toBe('order');
      expect(q.items).toEqual(method.steps.map((s) => s.name));
      for (const s of method.steps) expect(q.explain).toContain(s.description);
    }
  });

  it('matches every shipped personality with its strategy, and asks about each one', () => {
    const match = byId(questions, 'gen:match:personality-strategy') as QuestionOf<'match'>;
    expect(match.pairs).toEqual([...library.personalities.values()].map((p) => ({ left: p.name, right: p.strategy })));
    for (const p of library.personalities.values()) {
      const q = byId(questions, `gen:personality:${p.id}`) as QuestionOf<'single'>;
      expect(q.options[q.answer - 1]).toBe(p.strategy);
      expect(q.options.length).toBe(Math.min(4, library.personalities.size));
      expect(q.prompt).toContain(p.name);
    }
  });

  it('asks which step(s) a reply performs, with the other steps as distractors', () => {
    const q = byId(questions, 'gen:step:duck-blood-mini:complaint:2') as QuestionOf<'multiple'>;
    expect(q.type).toBe('multiple');
    expect(q.prompt).toContain('真不好意思让您久等了，我这就帮您去催。');
    expect(q.answer.map((i) => q.options[i - 1]).sort()).toEqual(['体谅客户情感', '表达服务意愿'].sort());
    expect(q.options.filter((o, i) => !q.answer.includes(i + 1))).toEqual(['表示承担责任']);
    const one = byId(questions, 'gen:step:duck-blood-mini:calmer:1') as QuestionOf<'single'>;
    expect(one.type).toBe('single');
    expect(one.options[one.answer - 1]).toBe('表示承担责任');
    expect(one.options).toHaveLength(3);
  });

  it('asks which fault(s) a reply commits, explains with the fault and the feedback, and never offers a rule-made fault as a distractor', () => {
    const q = byId(questions, 'gen:fault:duck-blood-mini:complaint:1') as QuestionOf<'multiple'>;
    expect(q.answer.map((i) => q.options[i - 1]).sort()).toEqual([library.faults.get('dont-be-anxious')!.name, library.faults.get('shift-blame')!.name].sort());
    expect(q.options).toHaveLength(4);
    expect(q.explain).toContain('既让客户"别着急"，又把锅甩给后厨。');
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const g of generate(seed)) {
        if (g.id.startsWith('gen:fault:') && (g.type === 'single' || g.type === 'multiple')) expect(g.options).not.toContain(library.faults.get('facts-before-feelings')!.name);
      }
    }
    expect(byId(questions, 'gen:fault:duck-blood-mini:calmer:2')?.type).toBe('single');
    expect(byId(questions, 'gen:step:duck-blood-mini:complaint:1')).toBeUndefined();
  });

  it('has unique ids, and every question passes the quiz checks and grades its own answer as right', () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    const quiz: Quiz = { id: 'generated', title: 't', locale: 'zh-CN', questions };
    expect(quizChecks.flatMap((c) => c.run({ quiz }))).toEqual([]);
    for (const q of questions) expect(gradeResponse(q, expectedResponse(q)).correct).toBe(true);
  });

  it('is deterministic for a seed, and the seed changes only the arrangement, not the ids', () => {
    expect(generate(7)).toEqual(generate(7));
    const other = generate(8);
    expect(other.map((q) => q.id)).toEqual(generate(7).map((q) => q.id));
    expect(other).not.toEqual(generate(7));
  });

  it('speaks English with lang en, keeping scenario text as written', () => {
    const en = generate(1, 'en');
    const order = byId(en, 'gen:order:emotional-three-step') as QuestionOf<'order'>;
    expect(order.items).toEqual(['Express willingness to help', 'Empathise with the feeling', 'Take responsibility']);
    expect(byId(en, 'gen:step:duck-blood-mini:complaint:2')?.prompt).toMatch(/Which steps does this reply perform\?/);
    expect(byId(en, 'gen:step:duck-blood-mini:complaint:2')?.prompt).toContain('真不好意思让您久等了');
  });

  it('asks the same questions whatever the seed when two faults read the same: the look-alike is never drawn', () => {
    const twin = { id: 'cold-again', name: 'cold', name_en: 'cold', penalty: 5, cues: [] };
    const more = ['sigh', 'shrug'].map((id) => ({ id, name: id, name_en: id, penalty: 5, cues: [] }));
    const twins = buildLibrary({ methods: [emotional], faults: [...faults, twin, ...more], personalities: [plain, touchy] });
    const scenario: Scenario = {
      id: 'twins',
      title: 't',
      summary: 's',
      locale: 'zh-CN',
      difficulty: 1,
      customer: { name: 'c', personality: 'plain', mood: 50 },
      methods: ['emotional'],
      start: 'ask',
      nodes: {
        ask: {
          customer: 'well?',
          choices: [
            { reply: 'no.', faults: ['argue'], next: 'end' },
            { reply: 'meh.', faults: ['cold'], next: 'end' },
          ],
        },
        end: { customer: 'bye', ending: 'neutral' },
      },
    };
    const compiled = compileScenario(scenario, twins);
    const ids = (seed: number): string[] => generateQuestions({ library: twins, scenarios: [compiled] }, { random: seededRandom(seed), lang: 'en' }).map((q) => q.question.id);
    for (let seed = 0; seed < 40; seed++) expect(ids(seed)).toEqual(ids(1));
    expect(ids(1)).toEqual(expect.arrayContaining(['gen:fault:twins:ask:1', 'gen:fault:twins:ask:2']));
    for (let seed = 0; seed < 40; seed++) {
      for (const { question: q } of generateQuestions({ library: twins, scenarios: [compiled] }, { random: seededRandom(seed), lang: 'en' })) {
        if (q.id.startsWith('gen:fault:') && (q.type === 'single' || q.type === 'multiple')) expect(new Set(q.options).size).toBe(q.options.length);
      }
    }
  });
});
