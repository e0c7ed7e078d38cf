import type { Turn } from '../../src/engine/engine.js';
import type { Fault, Method, Personality, Scenario } from '../../src/model/schema.js';
import type { CompiledScenario } from '../../src/scenario/compile.js';
import { compileScenario } from '../../src/scenario/compile.js';
import type { Library } from '../../src/scenario/library.js';
import { buildLibrary } from '../../src/scenario/library.js';
import type { StepRef } from '../../src/scenario/resolve.js';

/** Which steps of the test methods acknowledge feelings and which deal with the matter. */
const KINDS: Readonly<Record<string, 'feeling' | 'matter'>> = { empathy: 'feeling', handle: 'matter' };
const step = (id: string): Method['steps'][number] => ({ id, name: id, name_en: id, description: id, ...(KINDS[id] ? { kind: KINDS[id] } : {}), cues: [] });

/** A small catalogue for tests, independent of the shipped library. */
export const emotional: Method = { id: 'emotional', name: '情感', name_en: 'Emotional', description: 'd', steps: ['willingness', 'empathy', 'responsibility'].map(step) };
export const objection: Method = { id: 'objection', name: '异议', name_en: 'Objection', description: 'd', steps: ['pause', 'restate', 'confirm', 'handle', 'check'].map(step) };
const fault = (id: string, penalty: number, severity?: 'major'): Fault => ({ id, name: id, name_en: id, penalty, ...(severity ? { severity } : {}), cues: [] });
export const faults: Fault[] = [fault('cold', 10), fault('argue', 20), fault('jargon', 6), fault('facts-before-feelings', 10), fault('shift-blame', 15, 'major')];
export const plain: Personality = { id: 'plain', name: '普通', name_en: 'Plain', traits: ['t'], strategy: 's', weights: { mood: 1 } };
export const touchy: Personality = {
  id: 'touchy',
  name: '敏感',
  name_en: 'Touchy',
  traits: ['t'],
  strategy: 's',
  weights: { mood: 1.5, faults: { argue: 2 }, steps: { restate: 2, confirm: 2 } },
};

export const testLibrary: Library = buildLibrary({ methods: [emotional, objection], faults, personalities: [plain, touchy] });

/** A one-node scenario that grades the given methods: enough for grading, which looks only at turns. */
export function gradedScenario(methods: string[] = ['emotional', 'objection'], personality = 'plain', library: Library = testLibrary): CompiledScenario {
  const scenario: Scenario = {
    id: 'graded',
    title: 't',
    summary: 's',
    locale: 'zh-CN',
    difficulty: 1,
    customer: { name: 'c', personality, mood: 50 },
    methods,
    start: 'end',
    nodes: { end: { customer: 'bye', ending: 'satisfied' } },
  };
  return compileScenario(scenario, library);
}

/** A turn that performs `moves` (step ids, or method/step) and commits `faults`. */
export function turn(moves: string[], faultIds: string[] = [], node = 'n'): Turn {
  const refs: StepRef[] = moves.map((m) => {
    if (m.includes('/')) {
      const [method, s] = m.split('/') as [string, string];
      return { method, step: s };
    }
    const owner = [emotional, objection].find((x) => x.steps.some((s) => s.id === m));
    return { method: owner?.id ?? 'unknown', step: m };
  });
  return { node, choice: 1, reply: 'r', moves: refs, faults: faultIds, moodBefore: 50, mood: 50, next: 'end' };
}

/** Every step of both test methods in order, spread over turns, empathy before handle. */
export const perfectTurns: Turn[] = [
  turn(['willingness', 'pause']),
  turn(['empathy', 'restate']),
  turn(['confirm']),
  turn(['responsibility', 'handle']),
  turn(['check']),
];
