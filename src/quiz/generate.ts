import type { Lang } from '../i18n/lang.js';
import { quizMessages } from '../i18n/quiz.js';
import { shuffled } from '../model/random.js';
import type { Fault, Method, Personality, Step } from '../model/schema.js';
import type { CompiledChoice, CompiledNode, CompiledScenario } from '../scenario/compile.js';
import type { Library } from '../scenario/library.js';
import type { Question } from './schema.js';
import type { PlayableQuestion } from './select.js';
import { listOf, nameIn, textIn } from '../i18n/lang.js';

/** The quiz id generated questions carry. */
export const GENERATED_QUIZ = 'generated';

/** Options in a generated choice question, right answers and distractors together, when there are enough. */
const OPTIONS_PER_QUESTION = 4;
/** Distractors at least, so a reply performing three steps still has wrong options to avoid. */
const MIN_DISTRACTORS = 2;
/**
 * Faults grading adds by rule from a reply's place in the conversation rather than from its
 * tags: a reply may commit one without saying so, so it is never offered as a wrong option.
 */
const RULE_FAULTS = new Set(['facts-before-feelings']);

export interface GenerationInput {
  readonly library: Library;
  /** Scenarios whose replies become questions; their order is the order questions come in. */
  readonly scenarios: readonly CompiledScenario[];
}

export interface GenerationOptions {
  /** Picks distractors and shuffles options: the same seed gives the same questions. */
  readonly random: () => number;
  /** The language of names, descriptions and the question wording; scenario text stays as written. */
  readonly lang: Lang;
}

const stepName = (s: Step, lang: Lang): string => nameIn(s, lang);
const stepDescription = (s: Step, lang: Lang): string => textIn(lang, s.description, s.description_en);
const methodName = (m: Method, lang: Lang): string => nameIn(m, lang);
const faultName = (f: Fault, lang: Lang): string => nameIn(f, lang);
const faultDescription = (f: Fault, lang: Lang): string | undefined => textIn(lang, f.description, f.description_en);
const personalityName = (p: Personality, lang: Lang): string => nameIn(p, lang);
const strategy = (p: Personality, lang: Lang): string => textIn(lang, p.strategy, p.strategy_en);
const traits = (p: Personality, lang: Lang): readonly string[] => textIn(lang, p.traits, p.traits_en);

/** Every method with enough steps to order: one `order` question, id `gen:order:<method>`. */
function methodQuestions(library: Library, lang: Lang): Question[] {
  const m = quizMessages[lang];
  return [...library.methods.values()]
    .filter((method) => method.steps.length >= 3)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((method) => ({
      id: `gen:order:${method.id}`,
      type: 'order',
      prompt: m.genOrderPrompt({ method: methodName(method, lang) }),
      items: method.steps.map((s) => stepName(s, lang)),
      explain: m.genOrderExplain({
        method: methodName(method, lang),
        steps: method.steps.map((s, i) => `${i + 1}. ${m.genStepExplain({ step: stepName(s, lang), description: stepDescription(s, lang) })}`).join(m.listSeparator),
      }),
      tags: ['methods'],
    }));
}

/**
 * Personalities: one `match` question over all of them (`gen:match:personality-strategy`) and
 * one `single` question per type (`gen:personality:<id>`) with other types' strategies as
 * distractors.
 */
function personalityQuestions(library: Library, { random, lang }: GenerationOptions): Question[] {
  const m = quizMessages[lang];
  const all = [...library.personalities.values()];
  if (all.length < 2) return [];
  const out: Question[] = [
    {
      id: 'gen:match:personality-strategy',
      type: 'match',
      prompt: m.genPersonalityMatchPrompt,
      pairs: all.map((p) => ({ left: personalityName(p, lang), right: strategy(p, lang) })),
      explain: all.map((p) => m.genPersonalityExplain({ type: personalityName(p, lang), strategy: strategy(p, lang) })).join('\n'),
      tags: ['personalities'],
    },
  ];
  for (const p of all) {
    const others = shuffled(
      all.filter((o) => o.id !== p.id),
      random,
    ).slice(0, OPTIONS_PER_QUESTION - 1);
    const options = shuffled([p, ...others], random);
    out.push({
      id: `gen:personality:${p.id}`,
      type: 'single',
      prompt: m.genPersonalityPrompt({ type: personalityName(p, lang), traits: listOf(lang, traits(p, lang), 'unit') }),
      options: options.map((o) => strategy(o, lang)),
      answer: options.indexOf(p) + 1,
      explain: m.genPersonalityExplain({ type: personalityName(p, lang), strategy: strategy(p, lang) }),
      tags: ['personalities'],
    });
  }
  return out;
}

/**
 * A choice question: the right entries and distractors shuffled together; single when one is
 * right. Whether there is a question depends on the entries alone, never on the draw: two
 * options that read the same could not be told apart, so a distractor reading like a right
 * entry or like an earlier distractor is left out of the pool before any is drawn, and right
 * entries that read alike give no question.
 */
function choiceQuestion<T>(
  id: string,
  prompts: { single: string; multiple: string },
  right: readonly T[],
  pool: readonly T[],
  label: (t: T) => string,
  explain: string,
  tags: string[],
  random: () => number,
): Question | undefined {
  const seen = new Set(right.map(label));
  if (seen.size !== right.length) return undefined;
  const candidates = pool.filter((p) => {
    if (right.includes(p) || seen.has(label(p))) return false;
    seen.add(label(p));
    return true;
  });
  if (candidates.length === 0) return undefined;
  const wanted = Math.max(MIN_DISTRACTORS, OPTIONS_PER_QUESTION - right.length);
  const distractors = shuffled(candidates, random).slice(0, wanted);
  const options = shuffled([...right, ...distractors], random);
  const labels = options.map(label);
  const numbers = right.map((r) => options.indexOf(r) + 1).sort((a, b) => a - b);
  return right.length === 1
    ? { id, type: 'single', prompt: prompts.single, options: labels, answer: numbers[0]!, explain, tags }
    : { id, type: 'multiple', prompt: prompts.multiple, options: labels, answer: numbers, explain, tags };
}

/** The questions one reply gives: which step(s) it performs, which fault(s) it commits. */
function replyQuestions(scenario: CompiledScenario, node: CompiledNode, choice: CompiledChoice, library: Library, { random, lang }: GenerationOptions): Question[] {
  const m = quizMessages[lang];
  const context = m.genReplyContext({ title: scenario.source.title, customer: node.customer, reply: choice.reply });
  const feedback = choice.feedback ? [m.genFeedback({ text: choice.feedback })] : [];
  const where = `${scenario.id}:${node.id}:${choice.index + 1}`;
  const out: Question[] = [];

  const steps = scenario.methods.flatMap((method) => method.steps.map((step) => ({ method, step })));
  const key = (s: { method: Method; step: Step }): string => `${s.method.id}/${s.step.id}`;
  const performed = new Set(choice.moves.map((r) => `${r.method}/${r.step}`));
  const rightSteps = steps.filter((s) => performed.has(key(s)));
  if (rightSteps.length > 0) {
    const label = (s: { method: Method; step: Step }): string =>
      scenario.methods.length > 1 ? m.genStepLabel({ step: stepName(s.step, lang), method: methodName(s.method, lang) }) : stepName(s.step, lang);
    const explain = [...rightSteps.map((s) => m.genStepExplain({ step: label(s), description: stepDescription(s.step, lang) })), ...feedback].join('\n');
    const q = choiceQuestion(`gen:step:${where}`, { single: m.genStepSingle({ context }), multiple: m.genStepMultiple({ context }) }, rightSteps, steps, label, explain, ['steps'], random);
    if (q) out.push(q);
  }

  const committed = [...new Set(choice.faults)].flatMap((id) => {
    const f = library.faults.get(id);
    return f ? [f] : [];
  });
  if (committed.length > 0) {
    const pool = [...library.faults.values()].filter((f) => committed.includes(f) || !RULE_FAULTS.has(f.id));
    const explain = [
      ...committed.map((f) => {
        const d = faultDescription(f, lang);
        return d ? m.genFaultExplain({ fault: faultName(f, lang), description: d }) : faultName(f, lang);
      }),
      ...feedback,
    ].join('\n');
    const q = choiceQuestion(
      `gen:fault:${where}`,
      { single: m.genFaultSingle({ context }), multiple: m.genFaultMultiple({ context }) },
      committed,
      pool,
      (f) => faultName(f, lang),
      explain,
      ['faults'],
      random,
    );
    if (q) out.push(q);
  }
  return out;
}

/**
 * Questions built from the library and scenarios themselves: each method's steps in order,
 * each personality's strategy, and for every scenario reply with `moves` or `faults` which
 * step(s) it performs or which fault(s) it commits, with the scenario's other steps or the
 * other faults as distractors. What always holds: ids are derived from the source
 * (`gen:order:<method>`, `gen:personality:<id>`, `gen:match:personality-strategy`,
 * `gen:step:<scenario>:<node>:<reply>`, `gen:fault:<scenario>:<node>:<reply>`) and unique;
 * every question's own answer is right; the same input and seed give the same questions, and
 * any seed gives the same ids: the seed arranges options, it never decides whether a question
 * exists.
 */
export function generateQuestions(input: GenerationInput, options: GenerationOptions): PlayableQuestion[] {
  const questions: Question[] = [...methodQuestions(input.library, options.lang), ...personalityQuestions(input.library, options)];
  const scenarios = [...input.scenarios].sort((a, b) => a.id.localeCompare(b.id));
  for (const scenario of scenarios) {
    for (const node of scenario.nodes.values()) {
      for (const choice of node.choices) questions.push(...replyQuestions(scenario, node, choice, input.library, options));
    }
  }
  return questions.map((question) => ({ quiz: GENERATED_QUIZ, question }));
}
